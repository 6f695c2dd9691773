"""Scoring claims against gold and checking them against each other; reads claim JSONL only, never loads spaCy."""
