"""Revised figures: the vintages of one figure that a sentence names (sa-dev decisions, '"from X to
Y%" revisions are two claims'; the checker reads them as one fact, evaluation/facts.named_revision).

A sentence names a revision when it has a revising verb ("revised", "upgraded", "downgraded"),
a "final estimate", a "(revised)" mark or "from the provisional X to Y"; a sentence that gives a
figure's two vintages as a pair ("from X to Y", "(X to Y)") goes on with a revision named at most
three sentences before it, through a run of such sentences (:func:`continues_revision`). Each of
its figures is read as

- the later vintage (``revised``; ``final`` for a final estimate): "revised … to 2.3%", "a
  revised 53.3", "the revised estimate of growth is 3.4%", "2.3% (revised)";
- the earlier vintage (``provisional`` when the text says so, ``preliminary``, else ``before
  revision``): "from 1.6%", "(1.6% provisional)", "to 2.3% (1.6%)", "initially estimated at
  1.6%", "instead of 96,000", "the provisional estimate of 1.6%", "1.6% estimated earlier";
- neither: the size of the revision ("revised down by 0.4 points"), or any other figure.

A later vintage and the earlier one next to it are one figure: both take the same measure (the
revised object: "revised the growth of agriculture to 2.3% (1.6%), industry to -3.8% (-2.9%)"
gives `agriculture growth` and `industry growth`, never the body that revised them), the same
period (the later figure's, else the one the sentence states), and, for a rate, the same kind of
figure: a growth rate is a change (``increase`` with its signed value, or the change words of its
partner: "contracted 3.8%, revised from 2.9%"), a level stays a level.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Collection, Optional

from extractor import lexicons
from extractor.contract import Claim, Period
from extractor.numbers import OPEN_FIGURE_BRACKET, YEAR

# an earlier report of the figure named beside it: "compared with the earlier reported $2.03 billion",
# "down from the 1.0 percent reported earlier", "(earlier $27.72 billion)"
_EARLIER_REPORT = (r"\b(?:earlier|previously|initially|originally|first)[\s-]+(?:reported|estimated|announced|published|"
                   r"released|stated|given)\b|\b(?:reported|announced|published|released|stated|given)\s+"
                   r"(?:earlier|previously|initially|originally|before)\b|\(\s*(?:earlier|previously)\b")
_REVISE = re.compile(r"(?i)\b(?:revis(?:e|es|ed|ing|ions?)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|updat(?:e|es|ed|ing))\b"
                     r"|" + _EARLIER_REPORT +
                     # "has cut its estimate of GDP growth for FY23 to 5.78 percent from 6.03 percent"
                     r"|\b(?:cut|cuts|lowered|lowers|raised|raises|trimmed|trims|reduced|reduces|slashed|pared|scaled\s+back)"
                     r"\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?estimates?\b" +
                     r"|\bfinal\s+(?:estimates?|figures?|readings?|data|numbers?)\b|\(\s*revised\s*\)"
                     # "improved from the provisional 1.55% to 2.25%": an estimate's earlier figure and the new one
                     r"|\bfrom\s+(?:the|an?|its)\s+(?:provisional|preliminary|initial)\s+(?:estimates?\s+(?:of\s+)?)?"
                     r"[-−]?[$£€¥₹]?\s?\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+to\s+[-−]?[$£€¥₹]?\s?\d")
# what breaks the reach of a revising verb to a figure after it: another clause or speaker
_BREAK = re.compile(r"(?i)[;:—–]|\s-\s|\b(?:saying|said|says|while|whereas|but\s+(?!has|had|was|were|is|now)|would|will|"
                    r"could|expects?|expected|forecasts?|projects?|predicts?|which|who|whom|whose|after|before|agreed)\b")
# the vintage marks this pass writes (extractor/data/vintages.json), the later ones first
_MARKS = (*lexicons.load("vintages")["later"], *lexicons.load("vintages")["earlier"])
_EARLY_MARKS = tuple(lexicons.load("vintages")["earlier"])
_VERB = re.compile(r"(?i)\b(?:rose|fell|grew|stood|reached|jumped|dropped|climbed|went|came|hit|saw|is|are|was|were|has|"
                   r"have|had|\w+ed)\b")
_VINTAGE_MARK = re.compile(r"\s*\((?:" + "|".join(map(re.escape, _MARKS)) + r")\)")
_EARLY_WORDS = r"provisional(?:ly)?|preliminary|initial(?:ly)?|earlier|previous(?:ly)?|original(?:ly)?|first|advance"
_LATE_WORDS = r"revised|final|upgraded|downgraded|updated"
# right before a figure: "from", "from a provisional", "from an earlier estimate of", "instead of"
_FROM = re.compile(rf"(?i)\b(?:from|instead\s+of|rather\s+than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:an?|the|its)\s+)?"
                   rf"(?P<label>(?:(?:{_EARLY_WORDS}|{_LATE_WORDS}|upwardly|downwardly)\s+){{0,2}})"
                   rf"(?:(?:reported|announced|published|released|stated|recorded)\s+(?:figures?\s+|estimates?\s+)?(?:of\s+|at\s+)?)?"
                   rf"(?:(?:estimated?|estimates?|figures?|readings?|growth|contraction|rate)\s+(?:of\s+|at\s+)?)?[(\s]*$")
_TO = re.compile(r"(?i)\bto\s+(?:(?:an?|the)\s+)?(?:(?:revised|upwardly\s+revised|downwardly\s+revised|new)\s+)?[(\s]*$")
_BY = re.compile(r"(?i)\b(?:revis\w*|upgrad\w*|downgrad\w*)\s+(?:(?:up|down|upwards?|downwards?|higher|lower|sharply|"
                 r"slightly|marginally)\s+)?by\s+(?:(?:about|around|some|nearly|almost|a|an)\s+)?$")
# right after a figure, the figure it became: "4.27% to 2.25%" (not a size: "revised up 0.5% to 2.25%")
_TO_NEXT = re.compile(r"(?i)^\s*to\s+(?:(?:Rs|Tk|NRs|US)\.?\s?)?[$£€₹]?\s?[-−]?\d")
_MOVED_BY = re.compile(r"(?i)\b(?:up|down|upwards?|downwards?|higher|lower)\s*$")
# a line that opens a list and names a revision: "Sector-wise, the revised figures are:"
_LIST_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?[^\n:]{1,40}:\s*\S[^\n]{0,60}$")
_LABEL = re.compile(rf"(?i)\b(?P<word>{_EARLY_WORDS}|{_LATE_WORDS}|upwardly|downwardly)\b")
_INSIDE = re.compile(r"(?i)^[\s%]*(?P<word>provisional|preliminary|revised|final|estimated\s+earlier|earlier)\s*\)")
_MARK_AFTER = re.compile(r"(?i)^\s*\(\s*(?P<word>provisional|preliminary|revised|final|p|r)\s*\)")
_AFTER = re.compile(r"(?i)^[\s,]*(?:(?:as\s+)?(?:estimated\s+earlier|earlier\s+estimated|(?:first|initially|previously|originally)"
                    r"\s+(?:estimated|reported|thought)|estimated\s+(?:in|on|at)\b))")
# right after a figure: it is an earlier report ("the 1.0 percent reported earlier", "$2.03bn previously announced")
_REPORTED_AFTER = re.compile(r"(?i)^[\s,]*(?:as\s+)?(?:(?:reported|announced|published|released|stated|given|estimated)\s+"
                             r"(?:earlier|previously|initially|originally|before)|(?:earlier|previously|initially|originally)\s+"
                             r"(?:reported|announced|published|released|stated|given))\b(?!\s+(?:as|at)\b)"
                             # (not "A$118.2bn, previously reported as A$119.6bn": that one is the earlier)
                             # "compared with 10.26 percent earlier" (not "earlier this year", "earlier in May")
                             r"|^\s+(?:earlier|previously)\b(?!\s+(?:this|that|in|last|on|at|during|the|a|year|month|"
                             r"quarter|week)\b)")
# between a revised figure and its earlier one, where a revision goes on
_EARLIER_BEFORE = re.compile(r"(?i)(?:\b(?:having\s+(?:first\s+)?been(?:\s+put\s+at)?|where|versus|vs\.?|against|compared\s+"
                             r"(?:with|to)|rather\s+than|instead\s+of|not|from|previously\s+(?:reported|put|given|"
                             r"estimated)\s+(?:as|at))\s+(?:the\s+|an?\s+)?(?:(?:initially|originally|first|earlier|previously)\s+"
                             r"(?:reported|published|announced|estimated)\s+|(?:initial|earlier|original|first|previous|"
                             r"provisional|preliminary|flash|advance)\s+(?:(?:estimate|reading|figure|number|release)\s+of\s+)?)?"
                             # "; the first estimate was", "whereas the preliminary reading had shown", "the company had
                             # earlier reported", "the earlier number was"
                             r"|\b(?:the|its)\s+(?:first|initial|earlier|previous|original|preliminary|flash|advance)\s+"
                             r"(?:estimate|reading|figure|number|release|count)\s+(?:was|had\s+been|had\s+shown|showed|stood\s+at)\s+"
                             r"|\bhad\s+(?:earlier|previously|initially|first)\s+(?:reported|published|announced|put\s+it\s+at)\s+"
                             # (an earlier estimate's noun, not a past level: "the previous high of 5.66 per cent")
                             r"|\b(?:the|its)\s+(?:earlier|previous|initial|original)\s+(?:(?:estimate|figure|number|reading|"
                             r"count|total|decline|fall|drop|rise|increase|growth|gain|contraction|expansion)\s+)?of\s+)[(\s]*$")
# before a later figure: "is now a fall of 2.6%", "now stands at 4.9bn"
# (right after the earlier figure: "1.9% is now a fall of 2.6%", not "…; and fishing growth is now 0.7%")
_NOW_BEFORE = re.compile(r"(?i)^[\s%]*(?:(?!and\b)[a-z]+\s+){0,4}?(?:(?:is|are|was|stands|reads)\s+)?now\s+(?:stands\s+at\s+|"
                         r"at\s+|reads\s+|(?:an?\s+)?(?:[a-z]+\s+)?(?:of\s+)?)?[(\s]*$")
# right after an earlier figure: "(4.1% previously)", "7.2% before", "in the advance release", "had been reported"
_EARLIER_AFTER = re.compile(r"(?i)^[\s%)]*(?!,?\s*previously\s+(?:reported|put|given|estimated)\s+(?:as|at)\b)"
                            r"(?:previously|before\b|earlier\b|initially|originally|first\s+(?:published|"
                            r"reported|announced)|had\s+been\s+(?:reported|published|announced|estimated)|(?:as\s+)?"
                            r"(?:announced|reported|published)\s+(?:in|on|earlier)|in\s+the\s+(?:[\w-]+\s+){0,2}?(?:release|"
                            r"estimates?|data|readings?|bulletin|report))")
# after "previous", "earlier": a past level, not an earlier estimate ("the previous high of 5.7 percent")
_PAST_LEVEL_NOUNS = (r"(?:all-time\s+|record\s+)?(?:high|low|peak|trough|record|level|years?|months?|quarter|week|day|"
                     r"session|close|closing)")
_PAST_LEVEL = re.compile(rf"(?i)\s+{_PAST_LEVEL_NOUNS}\b")
# right after a figure, a noun phrase naming it an earlier estimate: "5.97 percent provisional growth",
# "$2.03 billion preliminary estimate"
_EARLY_NOUN_AFTER = re.compile(r"(?i)^\s+(?:provisional|preliminary|initial|earlier|previous|original)\s+"
                               r"(?:estimates?|growth|figures?|data|rate|reading|numbers?)\b")
_REVISED_AFTER = re.compile(r"(?i)^(?:\s+(?:in|for|during)\s+[^,;()]{1,30}?)?\s*,?\s*(?:which\s+was\s+|having\s+been\s+)?"
                            r"(?:revised|upgraded|downgraded)\s+(?:(?:up|down|upwards?|downwards?|higher|lower|sharply|"
                            r"slightly|marginally)\s+)?(?:from|against)\b")
_BRACKET_LABEL = re.compile(r"(?i)\(\s*(?:provisional|preliminary|earlier|previous|initial)(?:\s+estimates?)?\s*[:=,-]?\s*$")
_EARLY_AFTER = re.compile(r"(?i)^\s*(?:\(\s*)?(?:growth\s+)?(?:provisionally\s+estimated|provisional(?:\s+estimates?)?\s*(?:\)|[.,;]|$)|"
                          r"estimated\s+(?:earlier|provisionally|initially))")
_GROWTH_AFTER = re.compile(r"(?i)\s*(?:annual\s+|economic\s+)?growth\b")
# "against the earlier estimated 5.97 percent": the estimate's own figure, no approximation
_ESTIMATED_LABEL = re.compile(r"(?i)\b(?:earlier|previously|initially|originally|provisionally|first)\s+estimated\s+(?:at\s+)?$")
_UP_TO = re.compile(r"(?i)\b(?:revis\w*|upgrad\w*|raised)\s+up\s+to\s+$")
_EARLY_IN = re.compile(r"(?i)^\s*(?:in|as\s+per|according\s+to)\s+(?:the\s+)?(?:provisional|preliminary|earlier|initial|"
                       r"previous|original)(?:ly)?\s+(?:estimates?|figures?|data|accounts)\b")
_LABELLED = re.compile(r"(?i)\b(?:final|revised|provisional|preliminary)\s+(?!(?:estimates?|figures?|data)\b)"
                       r"(?P<m>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:of|at|was|is|stood\s+at)\s+$")
_BASE_OF_CHANGE = re.compile(r"(?i)\s*,?\s*(?:up|down)?\s*(?:from|against|compared\s+(?:with|to)|over)\s")
_BAD_MEASURE = re.compile(r"(?i)^(?:the\s+)?(?:(?:revised|provisional|preliminary|final|initial|earlier|first|second|third|"
                          r"advance|new|latest|official|upwardly|downwardly|previous|earlier|original)\s+)*"
                          r"(?:estimates?|figures?|data|numbers?|readings?)$"
                          r"|\b(?:bureau|board|ministry|department|office|government|agency|bank|council|commission|"
                          r"authority|committee|statistics)$")
_ESTIMATE_OF = re.compile(r"(?i)\b(?:estimates?|figures?|data|readings?)\s+(?:of|for|on)\s+(?:the\s+)?(?P<m>\w[\w\s&-]{1,40}?)"
                          r"\s+(?:for|in|during|at|is|was|were|are|to|stood|from|put)\b")
_YEARS = re.compile(r"(?i)\b(?:FY\s*)?\d{2,4}(?:[-/]\d{2,4})?\b")
_ITEM = re.compile(r"(?i)^(?:[^(),;]*\))?[\s)]*(?:,\s*(?:and\s+|with\s+|while\s+)?|\s+and\s+|;\s*)(?:that\s+of\s+|those\s+of\s+|of\s+)?(?:the\s+)?(?!(?:and|to|at)\b)"
                   r"(?P<item>[a-z][a-z&\s-]{1,40}?)\s+(?:(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:revised|upgraded|downgraded)"
                   r"(?:\s+(?:up|down|upwards?|downwards?))?\s+)?(?:to|at|from)\s*[(\s]*$")


# a figure's two vintages written as a pair: "from 6.1 to 6.17%", "(-7.98 to -9.87%)", "3.61 percent, down
# from 4.27 percent", "-1.84 percent against -0.96 percent", "9.1 percent instead of 9.9 percent", "MVR 0.84
# billion (MVR 1.1 billion earlier)", "$1.18 billion, not $1.32 billion"
_FIGURE = r"(?:[A-Z]{2,3}|Rs\.?|Tk|Nu)?\s?[-−]?[$£€¥₹]?\s?\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:[mb]illion|trillion|crore|lakh|bn|mn|m)\b)?"
_EARLIER_OPENER = (r"(?:against|instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?|(?:down|up)\s+from|not|from)"
                   r"\s+(?:(?:the|an?|its)\s+)?(?:(?:provisional|preliminary|initial|earlier|previous)\s+)?(?:estimates?\s+of\s+)?")
_VINTAGE_PAIR = re.compile(rf"(?i)\bfrom\s+(?:(?:the|an?|its)\s+)?(?:(?:provisional|preliminary|initial)\s+)?{_FIGURE}\s+to\s+"
                           rf"[-−]?[$£€¥₹]?\s?\d|\(\s*{_FIGURE}\s+to\s+{_FIGURE}\s*\)"
                           rf"|\d[\d.,]*(?:\s*(?:%|[A-Za-z]+)){{0,4}}?\)?,?\s+{_EARLIER_OPENER}{_FIGURE}"
                           rf"|\d[\d.,]*\s*(?:%|percent|per\s+cent|[mb]illion|trillion|crore|lakh|bn|mn)?\s*\(\s*{_FIGURE}\s*earlier\s*\)")
# a change over a stated time, not a revision: "rose from $21.0 billion to $21.6 billion over the same period"
_OVER_TIME = re.compile(r"(?i)\b(?:over|during|in)\s+the\s+(?:same\s+(?:period|year|quarter|month)|period)\b"
                        r"|\bover\s+the\s+(?:past|last|previous)\b|\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:same|last|previous|a\s+year)\b"
                        r"|\ba\s+year\s+(?:earlier|ago|before)\b|\b(?:last|previous|prior)\s+year\b|\byear[- ]earlier\b")
_YEAR_WRITTEN = re.compile(rf"\b{YEAR.pattern}\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘])")
# how many sentences back a revision reaches a pair that goes on with it
_CONTINUED_SENTENCES = 3


def continues_revision(text: str, start: int) -> bool:
    """Whether the sentence that starts at ``start`` goes on with a revision named before it: a
    sentence at most three back names a revision ("The NAC revised GDP growth from 6.1 to 6.17%."),
    and every sentence between gives a figure's two vintages as a pair ("This was due to agriculture
    (4.27% to 4.28%)."). The caller checks that the sentence itself gives such a pair."""
    window = text[max(0, start - 2000):start]
    sentences = _SENTENCE_BREAK.split(window.rstrip())
    if start > 2000:
        sentences = sentences[1:]  # cut by the window
    for sentence in list(reversed(sentences))[:_CONTINUED_SENTENCES]:
        if (_REVISE.search(sentence) or _RESTATE.search(sentence)) and (
                _REVISED_THINGS.search(sentence) or _NUMBER.search(sentence)):
            return True  # (not "revised the base year of its price index", "revised the fuel levy")
        if not gives_vintage_pair(sentence):
            return False
    return False


# words that set a figure against its earlier publication: "(4.1% previously)", "having been 2.9% in the
# advance release", "where 63,000 had been reported", "the 2.1% first published", "versus 7.2% before"
_EARLIER_CUE = re.compile(r"(?i)\b(?:previously|initially|originally|first\s+(?:published|reported|announced|put)|"
                          r"had\s+been\s+(?:reported|published|announced|estimated|put)|having\s+(?:first\s+)?been|"
                          r"(?:advance|flash|first|provisional|preliminary|initial|earlier)\s+(?:release|estimates?|data|"
                          r"readings?|bulletin|reports?|figures?)|(?:an?|the)\s+(?:initial|earlier|previous|original|"
                          r"initially\s+reported)\b(?!\s+" + _PAST_LEVEL_NOUNS + r"\b)|"
                          r"\d\S*\s+(?:before|earlier)\b)")
_NUMBER = re.compile(r"\d[\d.,]*")
# verbs that restate published figures, said of figures only ("corrected its data", not "shares corrected")
_RESTATE = re.compile(r"(?i)\b(?:restat(?:ed|es|ing|ement)|amend(?:ed|s|ing)|correct(?:ed|s|ing))\s+(?:its|the|their|his|her)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:data|figures?|estimates?|numbers|statistics|accounts|results|series)\b")
# what a revision that goes on in the next sentences revises: figures, not a base year, a levy or a rate
_REVISED_THINGS = re.compile(r"(?i)\b(?:estimates?|figures?|data|numbers|statistics|accounts|results|growth|GDP|output|"
                             r"exports|imports|readings?|series|income|projections?|forecasts?|remittances|balance|"
                             r"deficit|borrowing|revenue|earnings|profit|employment|arrivals)\b")
# the earlier figure of a pair dated to another period: "compared with 3.4% in September"
# (not when it was published: "the €92.6bn published in April", "in the July bulletin")
_OTHER_PERIOD_AFTER = re.compile(r"(?i)\b(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+[^.;]{0,25}?\d[\d.,]*"
                                 r"(?:\s*(?:%|(?!(?:published|reported|announced|released|estimated)\b)[A-Za-z]+)){0,2}?"
                                 r"\s+(?:in|for|during|at\s+the\s+end\s+of)\s+(?:the\s+)?"
                                 r"(?:" + lexicons.alternation(lexicons.load("periods")["months"], boundary=False)
                                 + r"|" + YEAR.pattern + r"|last|previous|prior|same|a\s+year)\b"
                                 r"(?!\s+(?:bulletin|release|report|data|estimates?|figures?|reading)\b)")


def gives_vintage_pair(text: str) -> bool:
    """Does the text give a figure's two vintages as a pair ("from 6.1 to 6.17%", "(6.83 to 6.95%)",
    "3.61 percent, down from 4.27 percent"), and no change over a stated time ("over the same period",
    "a year earlier", two years written)?"""
    paired = _VINTAGE_PAIR.search(text) is not None or (
        _EARLIER_CUE.search(text) is not None and _NUMBER.search(text) is not None)
    return (paired and _OVER_TIME.search(text) is None
            # two years written, or the earlier figure dated: two periods ("5% in 2031, compared with 3% in 2030")
            and len(set(_YEAR_WRITTEN.findall(text))) < 2 and _OTHER_PERIOD_AFTER.search(text) is None)


def names_revision(text: str) -> bool:
    """Does the text name a revision of a figure ("revised", "upgraded", "the final estimate",
    "the earlier reported", "(revised)")?"""
    return _REVISE.search(text) is not None


def _mark_of_early(sentence: str, near: str) -> str:
    words = near.lower() if re.search(r"(?i)provisional|preliminary", near) else sentence.lower()
    if "provisional" in words:
        return "provisional"
    if "preliminary" in words:
        return "preliminary"
    return "before revision"


def _role(text: str, c: Claim, lo: int, sent_lo: int, sent_hi: int, revise_at: list[int],
          previous: Optional[tuple[Claim, Optional[str]]], announced: bool = False) -> Optional[str]:
    """The vintage mark of a figure in a sentence that names a revision, or None. ``lo``: the end of
    the figure before it in the sentence (or the sentence start); ``announced``: the sentence is a line
    of a list whose opening line names the revision (:func:`_announced_revision`)."""
    sentence = text[sent_lo:sent_hi]
    left = text[lo:c.quantity.start]
    cue = max((at for at in revise_at if at < c.quantity.start), default=None)
    reached = announced or cue is not None and _reaches(text[cue:c.quantity.start])
    right = text[c.quantity.end:min(sent_hi, c.quantity.end + 60)]
    if _BY.search(left):
        return "size"  # "revised down by 0.4 points": the size of the revision, no vintage
    if _REPORTED_AFTER.match(right):  # "down from the 1.0 percent reported earlier": the earlier report
        return _mark_of_early(sentence, right)
    if _EARLY_NOUN_AFTER.match(right):  # "compared to 5.97 percent provisional growth"
        return _mark_of_early(sentence, right[:40])
    if previous is not None and previous[1] is None and previous[0].change and _BASE_OF_CHANGE.match(left) \
            and not (announced and previous[0].kind == c.kind):
        # "up 12% from Rs 4.46 trillion in FY2030": the base of a change, no vintage (but a rate set against
        # a rate where a revision goes on is its earlier figure: "now 3.61 percent, down from 4.27 percent")
        return None
    inside = _INSIDE.match(right)
    if inside and "(" in left:  # "(1.6% provisional)", "(-2.9 percent revised)"
        word = inside.group("word").lower()
        return "revised" if word == "revised" else "final" if word == "final" else _mark_of_early(sentence, word)
    after = _MARK_AFTER.match(right)
    if after:  # "2.3% (revised)", "1.6% (P)"
        word = after.group("word").lower()
        if word in ("revised", "r", "final"):
            return "final" if word == "final" else "revised"
        return _mark_of_early(sentence, "provisional" if word == "p" else word)
    if _BRACKET_LABEL.search(left):  # "(provisional: 0.86 percent)"
        return _mark_of_early(sentence, left[-30:])
    found = _FROM.search(left)
    if found:  # "from a provisional 1.6%", "instead of 96,000", "from a revised 53.3" (that one is the later)
        label = found.group("label").lower()
        if re.search(_LATE_WORDS, label):
            return "final" if "final" in label else "revised"
        # "from 4.27%", "instead of 9.9 percent" wherever a revision reaches; "against", "compared with",
        # "rather than" only in a sentence that goes on with a revision named before it (``announced``:
        # "Industry growth was put at -1.84 percent against -0.96 percent")
        opener = ("from", "instead") if not announced else ("from", "instead", "against", "compared", "rather",
                                                             "versus", "vs")
        if (found.group(0).lower().startswith(opener) and reached) or label.strip():
            return _mark_of_early(sentence, found.group(0))
    if announced and previous is not None and previous[1] in _EARLY_MARKS and previous[0].kind == c.kind \
            and _NOW_BEFORE.match(left):
        return "revised"  # "The earlier decline of 1.9% is now a fall of 2.6%"
    if announced and previous is not None and previous[1] is None and previous[0].kind == c.kind and (
            re.fullmatch(r"\s*\(\s*", left) or _EARLIER_BEFORE.search(left) or _EARLIER_AFTER.match(right)):
        # where a revision goes on: "5.82% (6.03%)", "3.4%, having been 2.9%", "8.7% versus 7.2% before",
        # "41,000 where 63,000 had been reported": the second figure is the earlier one
        return _mark_of_early(sentence, left + right[:40])
    if _EARLY_IN.match(right):  # "1.55 percent in the provisional estimates"
        return _mark_of_early(sentence, right)
    if reached and _TO_NEXT.match(right) and not _TO.search(left) and not _MOVED_BY.search(left) \
            and not re.search(r"(?i)points?$", c.quantity.text):
        return _mark_of_early(sentence, "")  # "Agriculture: 4.27% to 2.25%": the figure it was revised from
    if _TO.search(left) and reached and not re.search(r"(?i)\b(?:compared|as\s+against|relative)\s+to\s*$", left):
        return "revised"  # "revised … to 2.3%", "agriculture to 2.3%, industry to -3.8%"
    if previous is not None and previous[1] in ("revised", "final") and re.fullmatch(r"\s*\(\s*", left):
        return _mark_of_early(sentence, "")  # "to 2.3% (1.6%)": the earlier figure after the revised one
    if _REVISED_AFTER.match(right):  # "contracted 3.8%, revised from a provisional 2.9%": this one is the later
        return "final" if re.search(r"(?i)\bfinal\b", left) else "revised"
    if _AFTER.match(right):  # "2.7% estimated earlier", "5.9% estimated in November"
        return _mark_of_early(sentence, right)
    labels = [m for m in _LABEL.finditer(left) if not _BREAK.search(left[m.end():]) and len(left) - m.end() <= 100
              and not _PAST_LEVEL.match(left, m.end())]
    if labels:
        word = labels[-1].group("word").lower()
        if word == "final":
            return "final"
        if re.fullmatch(_LATE_WORDS + "|upwardly|downwardly", word):
            return "revised"
        if word == "first" and re.search(r"(?i)\bfirst\s+revised\b", left[labels[-1].start():]):
            return "revised"
        if word != "first":
            return _mark_of_early(sentence, labels[-1].group(0))
    return None


# after a colon, the items of a list before the figure, each with its figures in brackets:
# "…: agriculture (4.27% to 4.28%), industry (6.83 to "
_BRACKETED_ITEMS = re.compile(r"(?:\s*(?:,\s*)?(?:and\s+)?[A-Za-z][\w&' -]{0,40}?\s*\([^()]*\))*"
                              r"\s*(?:,\s*)?(?:and\s+)?[A-Za-z][\w&' -]{0,40}?\s*" + OPEN_FIGURE_BRACKET)


def _reaches(between: str) -> bool:
    """Does a revising word reach a figure across ``between``? Not across another clause or speaker
    (``_BREAK``), except a colon that opens the list of revised items the figure is in ("revised the
    growth rates of the sectors: agriculture (4.27% to 4.28%), industry (6.83 to 6.95%)")."""
    if not _BREAK.search(between):
        return True
    # the last colon or semicolon before a list of bracketed items: "…: agriculture (4.27% to 4.28%);
    # and services (": the revising word reaches the list if it reaches that colon or semicolon
    cut = max(between.rfind(":"), between.rfind(";"))
    return cut >= 0 and _BRACKETED_ITEMS.fullmatch(between[cut + 1:]) is not None and (
        between[cut] == ";" and _reaches(between[:cut]) or between[cut] == ":" and not _BREAK.search(between[:cut]))


def _announced_revision(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a line of a list ("Agriculture: 4.27% to 2.25%") under an opening
    line, ending in a colon, that names a revision ("Sector-wise, the revised figures are:"), with only
    lines of that list (and blank lines) between."""
    if start > 0 and text[start - 1] != "\n":
        return False
    lines = text[:start].split("\n")[:-1]
    for line in reversed(lines[-12:]):
        if not line.strip():
            continue
        if line.rstrip().endswith(":"):
            return _REVISE.search(line) is not None
        if not _LIST_LINE.match(line):
            return False
    return False


def _bare(metric: Optional[str]) -> Optional[str]:
    return _VINTAGE_MARK.sub("", metric or "").strip() or None


def _split(metric: Optional[str]) -> tuple[Optional[str], str]:
    """(the measure words, the figure's other marks "(forecast)")."""
    bare = _bare(metric)
    if bare is None:
        return None, ""
    marks = re.search(r"(?:\s*\([^()]*\))+$", bare)
    return (bare[:marks.start()].strip() or None, marks.group(0)) if marks else (bare, "")


_LABEL_WORDS = re.compile(r"(?i)^(?:(?:the|its|their|a|an|upwardly|downwardly|revised|provisional|preliminary|final|"
                          r"initial|first|second|third|advance|new|latest|previous|earlier|original)\s+)+")
_OBJECT = re.compile(r"(?i)\b(?:revis(?:ed|es|e|ing)|upgrad(?:ed|es|e|ing)|downgrad(?:ed|es|e|ing))\s+"
                     r"(?:(?:up|down|upwards?|downwards?|sharply|slightly|marginally)\s+)?"
                     r"(?P<m>(?:(?!(?:to|from|for|in|during|by|up|down|upwards?|downwards?|on|at|was|were|is|are)\b)"
                     r"[\w'’&-]+\s+){1,7}?)(?=(?:to|from|for|in|during|by|up|down|upwards?|downwards?|on|at|was|were|is|are)\b)")


def _clean(measure: Optional[str]) -> Optional[str]:
    """The measure words without the vintage's own ("upwardly revised GDP growth" -> `GDP growth`),
    years, or an estimate that holds them ("estimate of 2031 growth" -> `growth`)."""
    if not measure:
        return measure
    words = _LABEL_WORDS.sub("", measure.strip())
    words = re.sub(r"(?i)^(?:estimates?|figures?|data|projections?|numbers?)\s+(?:of|for|on)\s+(?:the\s+)?", "", words)
    words = " ".join(_YEARS.sub(" ", words).split())
    words = re.sub(r"(?i)\s+(?:of|for|in|the)$", "", words)
    words = re.sub(r"(?i)(?<=\w)\s+estimates?$", "", words)  # "growth estimate" -> growth
    return words if re.search(r"[A-Za-z]", words) else None


def _good(measure: Optional[str]) -> bool:
    return bool(measure) and not _BAD_MEASURE.search(measure)


def _growth_named(measure: str, sentence: str) -> str:
    """"growth of agriculture" read as `agriculture` -> `agriculture growth`."""
    if "growth" in measure.lower():
        return measure
    words = re.escape(measure)
    if re.search(rf"(?i)\bgrowth(?:\s+rates?)?\s+(?:of|in)\s+(?:the\s+)?{words}\b", sentence):
        return "economic growth" if measure.lower() in ("economy", "the economy") else f"{measure} growth"
    return measure


_GROWS = re.compile(r"(?i)\b(?:sectors?|agriculture|industry|industries|services|manufacturing|construction|mining|"
                    r"economy|GDP|GVA|output)$")


def _growth_of_sector(measure: Optional[str], growth: bool) -> Optional[str]:
    """A sector's or an economy's rate is its growth ("agriculture grew 2.3%" -> `agriculture growth`)."""
    if not measure or not growth or not _GROWS.search(measure):
        return measure
    if measure.lower() in ("economy", "the economy"):
        return "economic growth"
    return f"{measure} growth"


def _measure_for(pair: list[Claim], sentence: str, start: int, item: Optional[str], head: Optional[str]) -> Optional[str]:
    if item is not None:
        item = re.sub(r"(?i)\s+sectors?$", " sector", item.strip())
        return item if head is None or head.lower() in item.lower() else f"{item} {head}"
    for c in pair:
        measure = _clean(_split(c.metric)[0])
        if _good(measure):
            return _growth_named(measure, sentence)
    for c in pair:
        labelled = _LABELLED.search(sentence, 0, c.quantity.start - start)
        if labelled and _good(_clean(labelled.group("m"))):  # "the final growth of 6.17%"
            return _growth_of_sector(_clean(labelled.group("m")), c.kind == "percent")
    growth = next((c for c in pair if c.kind == "percent" and _GROWTH_AFTER.match(sentence, c.quantity.end - start)), None)
    if growth is not None:  # "a previous estimate of 0.1% growth"
        return "growth"
    revised = _OBJECT.search(sentence)
    measure = _clean(revised.group("m")) if revised else None
    if _good(measure):
        return _growth_named(measure, sentence)
    named = _ESTIMATE_OF.search(sentence)
    words = _YEARS.sub(" ", named.group("m")).strip() if named else ""
    return " ".join(words.split()) if _good(words) and re.search(r"[a-z]", words) else None


# the noun phrase right before a bracketed pair is its item: "decreases in large-scale manufacturing
# (-7.98 to -9.87%)", "; and finance and insurance (-3.82 to -8.09%)"
_BEFORE_BRACKET = re.compile(r"(?P<words>(?:[A-Za-z][\w&'’-]*\s+){0,5}[A-Za-z][\w&'’-]*)\s*\(\s*$")
# words an item does not reach back across
_ITEM_STOPS = {"in", "of", "with", "to", "by", "from", "for", "at", "on", "as", "was", "were", "is", "are", "had",
               "has", "have", "said", "says", "while", "but", "the", "a", "an", "its", "their", "this", "these",
               "that", "which", "than", "due", "including", "such"}


# words that judge an item's figure, not name it ("better agriculture growth (4.40% to 4.48%)")
_JUDGING_WORDS = {"better", "worse", "higher", "lower", "improved", "weaker", "stronger", "slower", "faster",
                  "significant", "sharp", "sharper", "steep", "steeper", "modest"}


def _bracketed_item(left: str) -> Optional[str]:
    """The item a bracketed pair is of: the words right before its bracket, back to a preposition,
    verb or article ("reductions witnessed in information and communication (" -> `information and
    communication`), without a leading "and"."""
    found = _BEFORE_BRACKET.search(left)
    if found is None:
        return None
    words = found.group("words").split()
    cut = max((n + 1 for n, w in enumerate(words) if w.lower() in _ITEM_STOPS), default=0)
    words = words[cut:]
    while words and (words[0].lower() == "and" or words[0].lower() in _JUDGING_WORDS):
        words = words[1:]  # "; and services (", "better agriculture growth ("
    item = " ".join(words)
    return item if item and not _YEARS.fullmatch(item) and _good(item) else None


# "For the industrial sector, it said, its growth had declined …": the sentence's topic owns "its" measure
_TOPIC = re.compile(r"(?i)^\s*(?:for|in)\s+(?:the\s+)?(?P<t>[a-z][\w&'’ -]{1,40}?)\s*,")


def _topic_of(measure: Optional[str], sentence: str) -> Optional[str]:
    """A one-word measure that the sentence gives as "its growth" is its opening topic's: `industrial
    sector growth`."""
    if not measure or " " in measure:
        return measure
    topic = _TOPIC.match(sentence)
    if topic is None or not re.search(rf"(?i)\bits\s+{re.escape(measure)}\b", sentence):
        return measure
    return f"{topic.group('t')} {measure}"


def named_vintages(text: str, claims: list[Claim], cells: Collection[int] = ()) -> list[Claim]:
    """The claims, with the vintages of every figure a sentence names as revised marked and made one
    figure (module docstring). ``cells``: where table cells start (their columns say their vintage,
    extractor/tables.py)."""
    out = list(claims)
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.quantity.start in cells:
            continue
        by_sentence.setdefault(c.sentence_start, []).append(i)
    for start, indices in by_sentence.items():
        end = max(claims[i].sentence_end for i in indices)
        sentence = text[start:end]
        revise = _REVISE.search(sentence)
        # a list line under a line naming a revision, or a pair that goes on with a revision named before
        announced = revise is None and (_announced_revision(text, start) or (
            gives_vintage_pair(sentence) and continues_revision(text, start)))
        if revise is None and not announced:
            roles = _provisional_pair(text, [claims[i] for i in indices], indices)
            if roles:
                out = _made_one(text, claims, out, start, end, roles)
            continue
        revise_at = [start + m.start() for m in _REVISE.finditer(sentence)] or [start]
        indices = sorted(indices, key=lambda i: claims[i].quantity.start)
        roles: list[tuple[int, Optional[str]]] = []
        lo = start
        previous = head = None
        for i in indices:
            c = claims[i]
            role = _role(text, c, lo, start, end, revise_at, previous, announced)
            left = text[lo:c.quantity.start]
            if role is None and head is not None and head[0].kind == c.kind and lo > start:
                item = _ITEM.match(left)
                if item and not _VERB.search(item.group("item")):
                    role = head[1]  # "put farm growth at 2.3%, industry at -3.8% and services at 0.1%"
            if role in _MARKS and not re.search(r"\(\s*$", left):
                head = (c, role)
            roles.append((i, role))
            previous = (c, role)
            lo = c.quantity.end
        roles = _partnered(text, roles, claims)
        for i, r in roles:  # a mark the metric step gave a figure this reading finds no vintage in
            if r not in _MARKS and _VINTAGE_MARK.search(out[i].metric or ""):
                out[i] = replace(out[i], metric=_VINTAGE_MARK.sub("", out[i].metric))
        if any(r in _MARKS for _, r in roles):
            out = _made_one(text, claims, out, start, end, roles)
    return out


def _partnered(text: str, roles: list[tuple[int, Optional[str]]], claims: list[Claim]) -> list[tuple[int, Optional[str]]]:
    """An earlier vintage with no later one beside it: the figure right before it, of the same kind
    and period and no vintage of its own, is the later one ("the economy contracted 0.17%, the
    revised estimate showed, against a provisional growth of 0.29%")."""
    roles = list(roles)
    for n, (i, r) in enumerate(roles):
        if r not in _EARLY_MARKS or n == 0:
            continue
        beside = [roles[m][1] for m in (n - 1, n + 1) if 0 <= m < len(roles)]
        j, before = roles[n - 1]
        if "revised" in beside or "final" in beside or before is not None:
            continue
        early = replace(claims[i], period=None) if _estimated_when(text, claims[i]) else claims[i]
        if claims[j].kind == claims[i].kind and _one_period(claims[j], early):
            roles[n - 1] = (j, "revised")
    return roles


def _provisional_pair(text: str, group: list[Claim], indices: list[int]) -> list[tuple[int, Optional[str]]]:
    """Without a revising word: a figure set against a provisional estimate of the same period ("shrank
    9.2% in 2031 against a provisionally estimated (-5.5 percent)") is its later vintage; a figure
    set against another period's ("$25.1bn (provisional) against $27.2bn in 2030") is no revision."""
    order = sorted(range(len(group)), key=lambda n: group[n].quantity.start)
    roles = []
    for a, b in zip(order, order[1:]):
        early, late = group[b], group[a]
        left = text[late.quantity.end:early.quantity.start]
        right = text[early.quantity.end:early.quantity.end + 40]
        found = _FROM.search(left)
        labelled = (found and (re.search(r"(?i)provisional|preliminary|initial", found.group("label"))
                               # "against an earlier estimate of 6.03 percent" (not "earlier" alone)
                               or re.search(r"(?i)earlier|previous|original", found.group("label"))
                               and re.search(r"(?i)estimate|figure|report", found.group(0)))) \
            or _BRACKET_LABEL.search(left) or (re.search(r"(?i)\b(?:against|compared|versus|vs|rather\s+than)\b", left)
                                               and _EARLY_AFTER.match(right))
        if not labelled or early.kind != late.kind or re.search(r"[.;]", left):
            continue
        if _estimated_when(text, early):
            early = replace(early, period=None)
        if not _one_period(late, early):
            continue
        if late.period is None and not re.search(r"(?i)provisional|preliminary", left + right):
            continue  # no period stated: only an official estimate's word makes it one figure ("raise its bid to
            # £1.5bn from its initial £1.3bn offer" is a new offer, not a vintage)
        # "down from an earlier estimate of 1.7%": the reference mark the metric step wrote is the vintage
        early_mark = "earlier estimate" if (early.metric or "").endswith("(earlier estimate)") \
            else _mark_of_early("", left[-40:] + right)
        roles += [(indices[a], "revised"), (indices[b], early_mark)]
    return roles


def _minus_before(text: str, c: Claim) -> bool:
    """A figure signed by a bracketed minus ("(-)0.17pc"): its decrease is its sign, no change word
    its partner shares."""
    return re.search(r"\([-−–]\)\s?$", text[max(0, c.quantity.start - 4):c.quantity.start]) is not None


def _estimated_when(text: str, c: Claim) -> bool:
    """Whether a figure's period is when it was estimated or reported, not what it is of ("the 0.29%
    provisionally estimated in May", "Rs 151.3 billion reported last month")."""
    # matched in place: a slice of the text after the figure would copy the rest of the document per figure
    return c.period is not None and re.compile(r"(?i)[^.;]{0,40}?\b(?:estimated|reported|published|announced|released|"
                                               r"filed)\s+(?:(?:in|on|at)\s+(?:the\s+)?)?"
                                               + re.escape(c.period.text)).match(text, c.quantity.end) is not None


def _one_period(late: Claim, early: Claim) -> bool:
    """Whether two figures can be of one period: the same dates, the same words, or no period of
    the earlier figure's own."""
    if late.period is None:
        return early.period is None  # no period stated for either: the sentence's one figure
    if early.period is None:
        return True
    if late.period.start and (late.period.start, late.period.end) == (early.period.start, early.period.end):
        return True
    return late.period.text.lower() == early.period.text.lower()


def _not_the_estimates(period: Optional[Period], sentence: str) -> Optional[Period]:
    """The period of a revised figure, not the date of an estimate ("revised the annual 2004 rate of
    growth down from the 5.9% estimated in November to 3.2%": 2004, not November)."""
    if period is None or not re.search(r"(?i)\b(?:estimated|reported|published|announced|released|made)\s+"
                                        + re.escape(period.text), sentence):
        return period
    revised = _OBJECT.search(sentence)
    year = re.search(r"\b(?:19|20)\d\d\b", revised.group("m")) if revised else None
    if year is None:
        return period
    return Period(year.group(0), f"{year.group(0)}-01-01", f"{year.group(0)}-12-31")


def _two_periods(text: str, members: list[Claim]) -> bool:
    """Whether the figures of a pair state two different periods, each right after its figure."""
    dated = [c for c in members if c.period is not None and c.period.start]
    if len(dated) < 2 or len({(c.period.start, c.period.end) for c in dated}) < 2:
        return False
    return sum(bool(re.match(r"(?i)\s*(?:in|for|during|of)\s+(?:the\s+)?" + re.escape(c.period.text),
                             text[c.quantity.end:c.quantity.end + len(c.period.text) + 20]))
               # "FY22: 6.17% (revised), FY23: 0.29% (provisional)": each labelled with its own period
               or bool(re.search(r"(?i)\b" + re.escape(c.period.text) + r"\s*[:=]\s*$",
                                 text[max(0, c.quantity.start - len(c.period.text) - 5):c.quantity.start]))
               for c in dated) >= 1


# between the two vintages of one figure written "X to Y"
_TO_JOIN = re.compile(r"(?i)\s*(?:to|[-–])\s*")


def _made_one(text: str, claims: list[Claim], out: list[Claim], start: int, end: int,
              roles: list[tuple[int, Optional[str]]]) -> list[Claim]:
    """The figures given vintage ``roles`` made one figure each pair: measure, period, change."""
    sentence = text[start:end]
    # pairs: a later vintage with the earlier one next to it (either side)
    marked = [(i, r) for i, r in roles if r in _MARKS]
    pairs, used = [], set()
    for n, (i, r) in enumerate(marked):
        if i in used or r not in ("revised", "final"):
            continue
        # the earlier vintage: an early mark, or a revised one beside a final ("the final growth of 6.17%,
        # up from the revised estimate of 5.97%")
        earlier = ("revised",) if r == "final" else ()
        # "from 4.27% to 2.25%, industry from 7.19% to 6.83%": the figure its "to" follows is its own
        # earlier vintage, not the next item's
        joined = n > 0 and _TO_JOIN.fullmatch(text[claims[marked[n - 1][0]].quantity.end:claims[i].quantity.start])
        for m in ((n - 1, n + 1) if joined else (n + 1, n - 1)):
            if 0 <= m < len(marked) and marked[m][0] not in used \
                    and (marked[m][1] not in ("revised", "final") or marked[m][1] in earlier) \
                    and claims[marked[m][0]].kind == claims[i].kind:
                pairs.append((i, marked[m][0]))
                used.update((i, marked[m][0]))
                break
    head = None
    groups = pairs + [(i,) for i, _ in marked if i not in used]
    groups.sort(key=lambda g: min(claims[i].quantity.start for i in g))
    stated = {(claims[i].period.start, claims[i].period.end): claims[i].period for i, _ in marked
              if claims[i].period is not None and claims[i].period.start}
    for g in groups:
        members = [claims[i] for i in g]
        late = members[0]
        # a figure's period that is when an earlier estimate was made is not a second period
        if len(g) > 1 and _two_periods(text, [c for c in members if not _estimated_when(text, c)]):
            for i in g:  # "… to Rs 5 trillion in FY2031 from Rs 4.46 trillion in FY2030": two periods, no revision
                out[i] = replace(out[i], metric=_VINTAGE_MARK.sub("", out[i].metric or "") or None)
            continue
        first = min(c.quantity.start for c in members)  # the item is named before the pair's first figure
        before = max([start] + [c.quantity.end for c in claims if c.sentence_start == start
                                and c.quantity.end <= first])
        listed = _ITEM.match(text[before:first]) if before > start and head is not None else None
        item = _bracketed_item(text[before:first])
        if item is not None and any(item.lower() in (_split(c.metric)[0] or "").lower() for c in members):
            item = None  # the figures' own measure names the item already ("farming growth")
        item = item or (listed.group("item") if listed else None)
        measure = _topic_of(_measure_for(members, sentence, start, item, head), sentence)
        of_figure = [c for c in members if not _estimated_when(text, c)] or members
        period = next((c.period for c in of_figure if c.period is not None and c.period.start), None) \
            or next((c.period for c in of_figure if c.period is not None), None)
        if period is None and len(stated) == 1:
            period = next(iter(stated.values()))  # the one period the sentence states
        period = _not_the_estimates(period, sentence)
        percent = late.kind == "percent"
        # a sector's or an economy's rate in a revision is its growth ("Agriculture: 4.27% to 2.25%"), unless
        # marked as something else ("(share of GDP)")
        sector = bool(measure and _GROWS.search(measure)) and not any(_split(c.metric)[1] for c in members)
        growth = percent and (any(c.change for c in members) or bool(measure and "growth" in measure.lower()) or sector)
        measure = _growth_of_sector(measure, growth)
        if head is None and measure:  # the sentence's first measure: its items are of the same kind
            head = "growth" if re.search(r"(?i)\bgrowth$", measure) else None
        reference = next((c for c in members if c.change), None)
        own = _split(late.metric)[1]
        for i in g:
            c = out[i]
            role = dict(roles)[i]
            words, marks = _split(c.metric)
            marks = own if len(g) > 1 else marks
            if role in ("provisional", "preliminary"):
                # an official estimate is published, not forecast: "may exceed the provisional estimates of
                # 5.97%" (the later figure may be a forecast; "revised its forecast from 4%" keeps both)
                marks = re.sub(r"\s*\((?:forecast|target)\)", "", marks)
            words = measure or words
            fields = {"metric": f"{words}{marks} ({role})" if words else c.metric}
            if period is not None and len(g) > 1:
                fields["period"] = period
            elif period is not None and c.period is None:
                fields["period"] = period
            if c.quantity.qualifier == "at_most" and _UP_TO.search(text, max(0, c.quantity.start - 40), c.quantity.start):
                fields["quantity"] = replace(c.quantity, qualifier="exact")  # "revised up to 4.31%": no bound
            if c.quantity.qualifier == "approx" and len(g) > 1 and _ESTIMATED_LABEL.search(
                    text, max(0, c.quantity.start - 40), c.quantity.start):
                fields["quantity"] = replace(c.quantity, qualifier="exact")  # "the earlier estimated 5.97 percent"
            if growth and c.change is None:
                fields["change"] = "increase" if c.quantity.value < 0 or reference is None \
                    or reference.quantity.value < 0 or _minus_before(text, reference) else reference.change
            elif not percent and len(g) > 1 and any(m.change is None for m in members):
                fields["change"] = None  # "reserves were revised up to $5.2bn": a level stays a level
            out[i] = replace(c, **fields)
    return out
