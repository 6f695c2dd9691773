"""The fact-checker's review page: a local web app over claims, findings and a SQLite file of decisions. No spaCy."""
