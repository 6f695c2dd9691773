"""Who said it (source): the subject of a reporting verb, a body cited ("according to …", "data from
…"), a spokesperson's organisation, an unnamed group's own forecast ("analysts expect …"), and the
source as the contract wants it (``resolve_source``: canonical; anonymous ones null); also the kinds
of document a sentence says a body issued.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from extractor import lexicons
from extractor.central_banks import central_bank_named
from extractor.names import (
    Known, _COMPANY_NOUNS, _ORGANISATION_NOUNS, _capitalised_mid_sentence, _clean, _is_demonym, _is_media, _is_place,
    _names_someone, canonical, is_english_word, is_place_word, is_term, is_territory, publishes_data,
)
from extractor.parse_tree import _MODALS, _OWN_FORECAST_VERBS, _actor_in, _entity_of, _reporting_verbs, ents_in
from extractor.people import _TITLE_BEFORE, _TITLE_NOUNS, _person_words, person_titled
from extractor.metric_head import is_dateline
from extractor.subjects import _RESTATING_VERBS, revised_forecast

# Verbs that say something only without a direct object: "he added that …", "…, she added", but not
# "the economy added 337,000 jobs".
_SAYING_WITHOUT_OBJECT = frozenset(lexicons.words("source.saying_without_object"))


# Common nouns for someone who speaks: unnamed ("a trade group said"), their word is not the source's before.
_SPEAKER_NOUNS = {"group", "association", "union", "federation", "chamber", "body", "organisation", "organization",
                  "company", "firm", "lobby", "council", "committee", "spokesman", "spokeswoman", "spokesperson",
                  "executive", "banker", "bankers", "investor", "investors", "lawmaker", "lawmakers"}


def _name_of(token: Token, known: Known) -> Optional[str]:
    """A source's name from the subject of a reporting verb: the PERSON or ORG inside it, else the noun."""
    if is_dateline(token):
        return None  # "MUMBAI: Sahyadri Cements reported …": the parse may take the dateline's city
    # not the names of a relative clause about it ("Barwick, which owns the Wolford, forecast …")
    if token.ent_type_ in ("GPE", "LOC") and token.head.lemma_.lower() == "show":
        return None  # "The North East showed the highest rate of inflation at 26.2%": whose figure, not who said it
    described = {t.i for c in token.children if c.dep_ == "relcl" for t in c.subtree}
    subtree = [t for t in token.subtree if t.i not in described]
    if token.lower_ == "bank" and any(c.dep_ == "amod" and c.lower_ == "central" for c in token.children):
        return token.doc[subtree[0].i:token.i + 1].text  # "Nepal's central bank": resolve_source finds whose
    if token.lemma_.lower() == "government":
        # "Sri Lanka's government", "the Thai government": that country's government (claims.md)
        place = _actor_in([t for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                           for t in c.subtree], ("GPE", "NORP"), known)
        if place is not None and _is_place(place):
            return lexicons.load("actors")["government"].format(country=place)
    for label in ("PERSON", "ORG"):
        for t in subtree:
            if t.ent_type_ == label:
                ent = _entity_of(t)
                if ent is not None and _clean(ent.text).lower() in _TITLE_NOUNS:
                    return person_titled(_clean(ent.text), known)  # "the Minister" tagged as a name is a title
                if ent is not None and len(ent) == 1 and ent[0].is_sent_start and t.i != token.i \
                        and is_english_word(ent.text) and not _capitalised_mid_sentence(ent.text, token.doc.text):
                    continue  # "Upscale department store Boldmart said": the opening word is no name
                if ent is not None:
                    # "Zentex - Boldco's majority owner - admitted": the name before the dash aside
                    return canonical(re.split(r"\s+[-–—]\s+", _source_without_opening_word(ent, known))[0])
    if token.lower_ in _SPOKESPEOPLE:
        spoken_for = _spoken_for(token, known)
        if spoken_for:
            return spoken_for
    if token.pos_ == "PRON":
        if token.lower_ == "it":
            # "it said" in a story about one company; else the body the article names most
            # ("The Monetary Policy Committee met … It said …")
            return known.organisation or (resolve_source(known.bodies[0], known) if known.bodies else None)
        return known.person if token.lower_ in ("he", "she") else None
    if token.lower_ in _TITLE_NOUNS:
        return person_titled(token.lower_, known)  # "the ambassador said" after the ambassador was named
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in token.children)
    named = _the_body_named(token.lower_, known) if not indefinite else None
    if named:
        return named  # "the bank said" in a story about a building society: the one bank the article names
    if token.lower_ in _ORGANISATION_NOUNS and known.organisation and not indefinite:
        return known.organisation  # "the company said" in a story about one company; "a trade group" is another
    if token.lower_ in _ORGANISATION_NOUNS and not indefinite \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        # "Sales at Zentex rose 4%, the company said" in a story about no one company: the one company
        # the sentence names
        own = {t.i for t in token.subtree}
        companies = {canonical(e.text) for e in token.sent.ents if e.label_ == "ORG" and e.start not in own}
        companies = {c for c in companies if c and not _is_media(c) and not is_territory(c) and not is_term(c, known)}
        if len(companies) == 1:
            return companies.pop()
        # "The Bengaluru-based IT services company had posted …": a description points back to a
        # company named before; it is no name ("based IT services company")
        return None
    if token.pos_ == "PROPN" and not token.text.islower():
        # A name is its run of proper nouns ("website Parker's" -> "Parker's"), not its description.
        start = token.i
        while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
            start -= 1
        return canonical(_source_without_opening_word(token.doc[start:token.i + 1], known))
    if token.pos_ == "NOUN" or token.pos_ == "PROPN":  # a lower-case word tagged a name: "the finance ministry"
        words = [t.text for t in subtree if t.dep_ in ("compound", "amod") and t.i < token.i] + [token.text]
        # "the department for planning", "the ministry of finance": a body's field after it
        field_ = next((p for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                       and token.lower_ in lexicons.load("actors")["body_nouns"]
                       and all(t.lower_ in lexicons.load("actors")["ministry_fields"] for t in p.subtree if t.i != p.i)), None)
        if field_ is not None:
            words += [t.text for t in field_.subtree]
        return canonical(" ".join(words))
    return None


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _spoken_for(token: Token, known: Known) -> Optional[str]:
    """The organisation an unnamed spokesperson speaks for ("a bank spokesman told Reuters" after
    "Zelnor Bank's customers …" → "Zelnor Bank"): the one organisation of the sentence, else of the
    article, whose name ends in the noun before "spokesman"; the article's company for "a company
    spokesman" (bbc-dev3 annotator I: the spokesman speaks for a named organisation)."""
    nouns = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    if not nouns:
        return None
    noun = nouns[-1]
    in_sentence = {canonical(e.text) for e in token.sent.ents if e.label_ == "ORG"
                   and re.sub(r"[’']s$", "", e.text).lower().split()[-1:] == [noun]}
    in_sentence.discard(None)
    if len(in_sentence) == 1:
        return in_sentence.pop()
    if noun in _ORGANISATION_NOUNS and known.organisation:
        return known.organisation
    return _the_body_named(noun, known)


def _source_without_opening_word(ent: Span, known: Known) -> str:
    """A speaker's name without a first word that only opens the sentence ("Past Ruritanian Statistics
    Office (RSO) forecasts said …" → "Ruritanian Statistics Office"): a word the article writes in
    lower case, or one whose removal leaves the full name the article spells out (developed on
    bbc-dev3)."""
    if len(ent) < 2 or not ent[0].is_sent_start or ent[0].ent_type_ == "PERSON" and len(ent) == 2:
        return ent.text
    rest = ent[1:].text
    if ent[0].lower_ in known.lower_words or rest in (known.full_names or {}).values():
        return rest
    return ent.text


# Nouns that are part of the names of bodies: "the bank" is the Bank of Ruritania the article named.
_NAME_NOUNS = {"bank", "commission", "agency", "council", "authority", "fund", "society"}


def _the_body_named(noun: str, known: Known) -> Optional[str]:
    """ "the bank", "the commission": the one body of the article with that word in its name, when the
    article's main organisation does not have it (developed on bbc-dev2); None otherwise."""
    if noun not in _NAME_NOUNS or (known.organisation and noun in known.organisation.lower().split()):
        return None
    bodies = {b for b in known.bodies if noun in b.lower().split()}
    return bodies.pop() if len(bodies) == 1 else None


def _data_source(noun: Token, known: Known) -> Optional[str]:
    """ "data from the Pakistan Telecommunication Authority", "data released by the Bureau",
    "central bank figures"."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")]
    # "data released by X", "figures compiled by X", "figures shared by X"
    preps += [p for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
              for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return _name_of(obj, known)
    mods = [t for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "poss", "nmod")]
    for mod in reversed(mods):  # "the Bank of Ruritania's monthly report": not "monthly"
        name = _name_of(mod, known)
        if name:
            return name
    return None


_CUE = re.compile(r"(?i)\b(?:according\s+to|as\s+per|citing|quoting|cited\s+by|as\s+reported\s+by|"
                  r"(?:showed|shows|revealed|per)\s+(?=(?:the\s+)?(?:latest\s+|official\s+)?(?:data|figures|statistics)\b))\s*")


def _data_noun_pattern() -> str:
    return "|".join(lexicons.words("source.data_nouns"))


# What ends a cited name: a time ("on Thursday", "last week", "Tuesday") or the next clause.
_NAME_END = re.compile(r"\s+(?:on|in|during|last|this|earlier|yesterday|today|since|till|until|as\s+of|at|"
                       r"showed|shows|revealed|said|says|released|issued|published|compiled|shared|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$", re.S)


def _cited_source(sent: Span, known: Known) -> Optional[str]:
    """ "according to central bank figures" → "central bank"; "as per Invest2Innovate's update" →
    "Invest2Innovate"; "according to data from the Office of the U.S. Trade Representative" → that office;
    "according to the latest PBS data" → "PBS"; "as per the data released by the central bank on
    Thursday" → "central bank"."""
    m = _CUE.search(sent.text)
    if not m:
        return None
    rest = sent.text[m.end():]
    # Up to the clause's end; the sentence's own full stop is dropped, "U.S." kept.
    phrase = re.split(r"[,;:!?)(\n]|\s[-–—]\s|\.\s+(?=[a-z])", rest, maxsplit=1)[0].strip().rstrip(".")
    nouns = _data_noun_pattern()
    # A description of the data before whose it is: "the latest exports figures shared by", "weekly report".
    # (not a data noun that names a body's field: "according to the statistics office" is the office's)
    described = re.match(rf"^(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){{0,3}})(?:{nouns})\b(?!\s+{_BODY_HEADS}\b)\s*"
                         rf"(?:(?:(?:released|compiled|shared|issued|published|provided|prepared|collected)\s+)?"
                         rf"(?:from|by|of)\s+)?", phrase)
    if described:
        rest = phrase[described.end():]
        # "the data released by the central bank" → what follows; "central bank figures" → what precedes.
        before = re.sub(r"(?i)\b(?:latest|weekly|monthly|quarterly|annual|official|provisional|recent|new|"
                        r"available|trade|export|exports|import|imports|economic)\b", "", described.group(1)).strip()
        phrase = _NAME_END.sub("", rest if rest.strip() else before)
        if not phrase.strip() and known.documents:
            # "according to the release": the body whose release the article named before
            # ("data released by the Ministry of Statistics"), by the document's noun.
            noun = re.search(rf"\b({nouns})\b", described.group(0))
            return known.documents.get(_document_noun(noun.group(1))) if noun else None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    if not phrase:
        return None
    titled = _TITLE_BEFORE.search(phrase)
    if titled and titled.end() == len(phrase.rstrip()) and _person_words(titled.group(2)):
        # "according to Bank of England deputy governor Rita Lomond": the person who said it
        return _person_words(titled.group(2))
    possessive = re.match(r"(.+?)['’]s\b", phrase)
    if possessive:
        # "according to Peru's statistics agency", "the country's central bank": the body, not its country;
        # "as per Invest2Innovate's update": whose update it is
        return _possessed_body(possessive.group(1), _NAME_END.sub("", phrase[possessive.end():]).strip(), known) \
            or canonical(possessive.group(1))
    words = phrase.split()
    small = {"of", "the", "and", "for", "on", "in", "&"}
    if len(words) <= 8 and all(w[0].isupper() or w in small for w in words):
        return canonical(phrase)  # a whole proper name, even where NER cuts it short
    start = sent.start_char + m.end()
    for ent in ents_in(sent):
        if ent.start_char >= start and ent.label_ in ("PERSON", "ORG", "GPE") and ent.start_char < start + len(phrase) + 1:
            return canonical(ent.text)
    phrase = _NAME_END.sub("", phrase)
    phrase = re.sub(rf"(?i)\s+(?:{nouns})$", "", phrase)
    words = phrase.split()
    if not words or len(words) > 6:
        return None
    if words[-1].lower() in _TITLE_NOUNS:
        return person_titled(words[-1], known)
    return canonical(phrase)


def _possessed_body(owner: str, rest: str, known: Known) -> Optional[str]:
    """The body a place's possessive names ("Peru's statistics agency" → "statistics agency", "Peru's
    central bank" → its central bank, "Peru's National Statistics Institute" → that institute); None
    when what follows is no body ("Invest2Innovate's update", "Peru's data")."""
    words = rest.split()
    if not words or len(words) > 6:
        return None
    place = is_territory(canonical(owner))
    if not (place or owner.lower() in ("country", "the country", "nation", "the nation")):
        return None
    if _CENTRAL_BANK.match(rest):
        return f"{canonical(owner)}'s {rest}" if place else rest
    table = lexicons.load("actors")
    if words[-1].lower() not in table["body_nouns"] and words[-1].lower() not in table["organisation_words"]:
        return None
    if any(c.isupper() for c in rest):
        return canonical(rest) if all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in words) else None
    return rest


# a forecast's noun, one or many ("the IMF's projection of 8%", "EC predictions of growth of 1.5%")
_FORECAST_NOUNS = {"predictions", "forecasts", "projections", "estimates", "prediction", "forecast", "projection"}
_ADMITTING = {"admit", "concede", "acknowledge", "confess"}  # "X admitted the project ran $1bn over budget"
_SURVEY_VERBS = {"survey", "poll", "question", "interview", "sample", "canvass"}
_FINDING_VERBS = {"find", "conclude", "suggest", "put"}  # "estimates from X put the cost at $5bn"
# "Shares rose 4% after the firm announced a find": a statement in a clause of time is the occasion
# of the figure, not its attribution (developed on bbc-dev2).
_OCCASION_MARKS = {"after", "before", "since", "until", "following", "when", "once"}
_CONTRAST_MARKS = {"while", "whereas", "whilst"}  # not "although": often the same party (", although the firm warned …")


def source_for(q_token: Token, sent: Span, known: Known, subject: Optional[str]) -> Optional[str]:
    """Who the sentence attributes the figure to; None when it names nobody.

    In order: "according to X"; the subject of a reporting verb above the figure in the parse
    ("X said that exports rose 23%"); any reporting verb with a named subject in the sentence.
    A news agency ("..., APP reported") yields to the person or body it quotes.
    """
    data_nouns = set(lexicons.words("source.data_nouns"))

    def name_of_subject(verb: Token) -> Optional[str]:
        if verb.dep_ == "acl" and verb.head.lower_ in data_nouns and verb.tag_ == "VBG" \
                and verb.left_edge.i <= q_token.i <= verb.right_edge.i:
            # "… point to Commerce Department figures showing that spending grew 4.6%": the data's body
            name = _data_source(verb.head, known)
            if name:
                return name
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in ("which", "who") and verb.dep_ == "relcl":
                # "criticism from the Economic Affairs Committee, which said …": the antecedent said it
                name = _name_of(verb.head, known)
                if name:
                    return name
            # "X said", "data released by X showed"; in the passive the subject is what was said
            # ("GDP is estimated at ..."), the sayer is the agent ("estimated by the Bureau").
            if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and child.lower_ in data_nouns):
                name = _data_source(child, known) if child.lower_ in data_nouns else _name_of(child, known)
                if name is None and child.lower_ in data_nouns and known.documents \
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
                    # "…, the report added": the body whose report the article named ("X reported")
                    name = known.documents.get(_document_noun(child.lower_))
                if name:
                    return name
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        name = _name_of(obj, known)
                        if name:
                            return name
        return None

    def anonymous(verb: Token) -> bool:
        # "officials said"; "the Governor said" when the article names nobody with that title:
        # someone else's word, so the source named before does not cover it either.
        # "a dealer group said", "the consumers' association said" naming nobody: someone else's word too.
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _ANONYMOUS or c.lower_ in _TITLE_NOUNS
                                                          and person_titled(c.lower_, known) is None
                                                          or c.lower_ in _SPEAKER_NOUNS
                                                          and resolve_source(_name_of(c, known), known) is None)
                   for c in verb.children)

    def reports(verb: Token) -> bool:
        if verb.lemma_ == "put" and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) \
                and any(c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lower_ in _ORGANISATION_NOUNS)
                        for c in verb.children):
            return True  # "Zentex put production for the year at 3.9 billion barrels": the company's figure
        if verb.lemma_ in _RESTATING_VERBS and any(c.dep_ == "nsubj" and publishes_data(_name_of(c, known))
                                                   for c in verb.children):
            return True  # "the State Bank revised remittances to $2.09 billion": the bank's figure to report
        if revised_forecast(verb) is not None and any(c.dep_ == "nsubj" for c in verb.children):
            return True  # "The IMF cut its forecast for Peru's growth to 2.1%": the forecaster's figure
        if verb.lemma_ in _FINDING_VERBS:  # "a survey by X found": only data finds
            return any(c.dep_ == "nsubj" and c.lower_ in data_nouns for c in verb.children)
        if (verb.lemma_ in _SAYING_WITHOUT_OBJECT or verb.lower_ in _SAYING_WITHOUT_OBJECT) \
                and any(c.dep_ == "dobj" for c in verb.children):
            return False  # "the economy added 337,000 jobs", "Zentex added 5 stores": not a statement
        return verb.lemma_ in _reporting_verbs() or verb.lower_ in _reporting_verbs() or verb.lemma_ in _ADMITTING

    def about_the_sayer(verb: Token) -> bool:
        # "The firm, whose Agroflora unit operates 13 farms, insisted that …": a figure inside the
        # description of who speaks is not what they said
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= q_token.i <= c.right_edge.i
                   for c in verb.children)

    def occasion(verb: Token) -> bool:
        # "Shares in Acme rose 4% after the firm announced a find": the statement is when the figure
        # happened, not who states it; a figure inside that clause is still its speaker's
        clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "advcl"), None)
        return clause is not None and not clause.left_edge.i <= q_token.i <= clause.right_edge.i \
            and any(c.dep_ in ("mark", "prep") and c.lower_ in _OCCASION_MARKS for c in clause.children)

    def aside(verb: Token) -> bool:
        # "A £1.3bn offer was rejected, while Boldco said it would bid": a statement in a clause of
        # contrast does not cover a figure outside it
        for t in [verb, *verb.ancestors]:
            if t.dep_ == "advcl":
                return not t.left_edge.i <= q_token.i <= t.right_edge.i \
                    and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children)
        return False

    cited = _cited_source(sent, known)
    candidates = [cited]
    token = q_token
    unnamed = False
    group = None  # "analysts expect …": an unnamed group's own forecast (see unnamed_group)
    path = [q_token]
    while token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.pos_ == "NOUN" and token.lower_ in _FORECAST_NOUNS:
            # "based on EC predictions of growth of 1.5%": the body whose forecast holds the figure
            candidates += [_name_of(m, known) for m in token.children if m.dep_ in ("compound", "poss", "nmod")
                           and m.i < token.i and (m.pos_ == "PROPN" or m.dep_ == "poss" and m.pos_ == "NOUN")][:1]
            # "the projection of 8% by the IMF": the body after it
            candidates += [_name_of(o, known) for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                           for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"][:1]
        if reports(token) and not about_the_sayer(token):
            speaker = _pledged(name_of_subject(token), token)
            cue = _CUE.search(sent.text)
            if speaker and cited and cue and cue.group(0).lower().startswith("according") \
                    and sent.start_char + cue.start() > max(token.idx, q_token.idx):
                # "X has said it will give $3m, according to the Daily Y": the paper carries X's
                # statement; X is the source (GUIDELINES §8: the carrier is not the source)
                candidates.insert(0, speaker)
            candidates.append(speaker)
            unnamed = unnamed or anonymous(token)
            group = group or _group_forecast(token, path)
    reporting = [t for t in sent if t.pos_ == "VERB" and reports(t) and not about_the_sayer(t) and not occasion(t)
                 and not aside(t)]
    candidates += [_pledged(name_of_subject(t), t) for t in reporting]
    # "Of the 20 sectors surveyed by the Zentex Institute, 13 grew": the surveying body's figures
    candidates += [_name_of(obj, known) for t in sent if t.lemma_ in _SURVEY_VERBS and t.dep_ in ("acl", "relcl")
                   for a in t.children if a.dep_ == "agent" for obj in a.children if obj.dep_ == "pobj"]
    unnamed = unnamed or any(anonymous(t) for t in reporting)
    # "Homeowners now expect prices to rise 1%, Mr X said": a common word capitalised only where a
    # sentence starts is nobody's name
    def common_word(name: str) -> bool:
        # only a word of this sentence ("the firm said" stands for the article's company by name)
        written = [t for t in sent if t.text == name]
        return " " not in name and bool(written) and is_english_word(name) \
            and not any(t.ent_type_ or t.pos_ == "PROPN" for t in written) \
            and not _capitalised_mid_sentence(name, sent.doc.text)

    named = [c for c in candidates if c and not common_word(c)]
    preferred = [c for c in named if not _is_media(c)] or named
    for name in preferred:
        resolved = resolve_source(name, known, subject)
        if resolved:
            return _Group(resolved) if isinstance(name, _Pledge) else resolved
    return group or (ANONYMOUS if unnamed else None)


# Unnamed groups whose own forecast, expectation or estimate the BBC gold attributes to them by the
# noun ("Analysts expect profit to rise 9%" → "analysts"; "The unions said the closure would mean
# the loss of 600 jobs" → "unions"; gold/README.md bbc-dev "analysts predict", bbc-dev3 annotator I).
# A fact they only relay ("analysts said reserves reached $20bn") is someone else's figure: null
# (sa-dev decisions, "Common nouns are never a source"). Such a source does not carry: the source
# named before resumes after its sentence, as after "officials said".
UNNAMED_GROUPS = frozenset({"analysts", "economists", "experts", "unions", "forecasters", "strategists"})


# "Bush has pledged to halve the deficit", "Zentex promised to create 2,000 jobs": the promise is the
# speaker's, but it reports nothing the following figures continue; like a group's forecast it does not carry
_PLEDGE_VERBS = frozenset({"pledge", "promise", "vow"})


class _Pledge(str):
    """A speaker's name as the subject of a verb of promising."""


def _pledged(name: Optional[str], verb: Token) -> Optional[str]:
    return _Pledge(name) if name and verb.lemma_ in _PLEDGE_VERBS else name


class _Group(str):
    """An unnamed group's name as source_for found it ("analysts expect …"), told apart from a name
    that only reads the same ("according to experts", which carries as before); also a speaker's
    promise ("X pledged to halve …"): a source of its sentence only."""


def unnamed_group(source: Optional[str]) -> bool:
    """Whether source_for gave an unnamed group's forecast ("analysts"): its sentence's figure only,
    never carried."""
    return isinstance(source, _Group)


def _group_forecast(verb: Token, path: list) -> Optional[str]:
    """The unnamed group ("analysts", "economists") that is the subject of ``verb`` when the figure
    (the first token of ``path``, which climbs to ``verb``) is their own forecast: the verb forecasts
    ("expected a figure closer to $320m", "have forecast profit will rise 9%"), or the clause or noun
    of the figure under it is one of possibility ("said the closure would mean the loss of 600 jobs",
    "say the figures leave out the potential $2bn costs"); None otherwise."""
    # "analysts say …"; "with analysts saying …" (the verb hangs on the group)
    said_by = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    subjects = [c for c in said_by if c.lower_ in UNNAMED_GROUPS
                and not any(t.ent_type_ in ("ORG", "PERSON") for t in c.subtree)]
    if not subjects:
        return None
    below = path[:-1]
    own = verb.lemma_.lower() in _OWN_FORECAST_VERBS \
        or any(c.dep_ == "aux" and c.lower_ in _MODALS for t in below for c in t.children) \
        or any(c.dep_ == "amod" and c.lower_ in ("potential", "possible", "likely") for t in below for c in t.children)
    return _Group(subjects[0].lower_) if own else None


# "officials said", "analysts say", "reports said": attributed, but to nobody named. The figure's
# source is null; the source named before resumes after this sentence (sa-dev decisions, group B).
ANONYMOUS = ""
_ANONYMOUS = {"official", "officials", "source", "sources", "insider", "insiders", "people", "person", "analyst",
              "analysts", "expert", "experts", "economist", "economists", "reports", "observers", "traders",
              "dealers", "media"}


_GOVERNMENT = re.compile(r"(?i)^(?:the\s+)?(?:(?:federal|central|union|national|incumbent|present|coalition)\s+)?"
                         r"(?:government|govt\.?|centre|center)$")
_MONETARY_COMMITTEE = re.compile(r"(?i)^(?:the\s+)?(?:monetary\s+policy\s+(?:committee|board)|MPC)(?:\s+of\s+.*)?$")
_CENTRAL_BANK = re.compile(r"(?i)^(?:the\s+)?(?:country['’]s\s+|([a-z]+(?:\s+[a-z]+)?)(?:['’]s)?\s+)?central\s+bank$")
# "the Finance Ministry", "Union Finance Ministry", "the ministry of finance" -> "Ministry of Finance"
# (sa-dev decisions, group A: one spelling per body).
_MINISTRY = re.compile(r"(?i)^(?:the\s+)?(?:(?:union|federal|central|state)\s+)?((?:[a-z&]+\s+){0,2}[a-z&]+)\s+ministry$"
                       r"|^(?:the\s+)?ministry\s+of\s+((?:[a-z&]+\s+){0,3}[a-z&]+)$")


def _ministry(name: str) -> str:
    m = _MINISTRY.match(name)
    if not m:
        return name
    field_ = (m.group(1) or m.group(2)).split()
    if not all(w.lower() in lexicons.load("actors")["ministry_fields"] for w in field_):
        return name  # "the Ruritania Statistics Ministry" is a name as written
    return "Ministry of " + " ".join(w if w.lower() in ("and", "&") else w[:1].upper() + w[1:] for w in field_)


# "the finance ministry", "the statistics office", "the national statistics agency", "the labour
# department", "the tax authority": a public body written in lower case, named by what it does.
_BODY_HEADS = r"(ministry|office|department|agency|authority|bureau|regulator|directorate|commission|board)"
_FIELD_BODY = re.compile(r"^(?:the\s+)?((?:(?:national|federal|central|union|state|government)\s+)?((?:[a-z&]+\s+){1,3})"
                         + _BODY_HEADS + r")$")
# "the department for planning", "the government department for transport", "the ministry of finance"
_BODY_OF_FIELD = re.compile(r"^(?:the\s+)?(?:(?:national|federal|central|union|state|government)\s+)?" + _BODY_HEADS
                            + r"\s+(?:of|for)\s+((?:[a-z&]+\s+){0,2}[a-z&]+)$")


def _field_body(name: str, known: Known) -> Optional[str]:
    """A lower-case public body named by its field ("the statistics office"): the body the article
    names in full with the same head and field words ("Office for National Statistics"), else the
    ministry's one spelling ("the finance ministry" → "Ministry of Finance"), else the words as
    written without the article ("statistics office"); None for anything else ("the sales office")."""
    of_field = _BODY_OF_FIELD.match(name)
    if of_field:  # one word order: "the department for planning" is the "planning department"
        name = f"{of_field.group(2)} {of_field.group(1)}"
    m = _FIELD_BODY.match(name)
    if not m:
        return None
    fields = [w for w in m.group(2).split() if w not in ("and", "&")]
    if not fields or not all(w in lexicons.load("actors")["ministry_fields"] for w in fields):
        return None
    head = m.group(3)

    def stems(words) -> set:  # "statistics" ~ "Statistical", "labour" ~ "Labor"
        return {w[:4] for w in words}

    for body in known.bodies:
        words = re.findall(r"[\w&]+", body.lower())
        if body != name and head in words and stems(fields) <= stems(words):
            return _ministry(body)
    if head == "ministry":
        return _ministry(" ".join(m.group(2).split()) + " ministry")
    return m.group(1)


def resolve_source(name: Optional[str], known: Known, subject: Optional[str] = None) -> Optional[str]:
    """A source as the contract wants it, or None when it names nobody.

    "the central bank", "the government", "the federal government" → that country's body (the
    subject's country, else the article's); a short form → the fullest form in the article
    ("SBP" → "State Bank of Pakistan"); "the ministry" → the ministry the article named; other
    common nouns ("data", "breakdown", "growth", "official", anonymous "officials") and terms
    ("GST") → None."""
    if not name:
        return None
    name = re.sub(r"\s*\([^()]*\)?$", "", name.strip())  # "Ministry of Statistics (MoSPI" → the name
    country = subject if _is_place(subject) else known.country
    table = lexicons.load("actors")
    if _MONETARY_COMMITTEE.match(name) or known.full_names and _MONETARY_COMMITTEE.match(known.full_names.get(name, "")):
        name = "central bank"  # the central bank's rate-setting committee speaks for the bank
    central = _CENTRAL_BANK.match(name)
    if central:
        if central.group(1):  # "the Indian central bank", "Nepal's central bank"
            place = canonical(central.group(1))
            if _is_place(place):
                country = place
        return central_bank_named(country, known) if country else None
    if _GOVERNMENT.match(name):
        return table["government"].format(country=country) if country else None
    if known.full_names and name in known.full_names:
        name = known.full_names[name]
    if is_term(name, known):
        return None
    bare = [w for w in re.findall(r"[\w&]+", name.lower()) if w not in ("the", "deputy", "vice", "acting", "former")]
    if bare and all(w in _TITLE_NOUNS or w in table["ministry_fields"] for w in bare) and bare[-1] in _TITLE_NOUNS:
        return person_titled(bare[-1], known)  # "Minister", "the Governor", "Finance Minister": the person
    if not _names_someone(name, known):
        return None
    if _MINISTRY.match(name) and (any(c.isupper() for c in name) or " of " in name.lower()):
        return _ministry(name)
    if not any(c.isupper() for c in name):
        field_body = _field_body(name, known)
        if field_body:
            return field_body
    words = name.lower().split()
    if not any(c.isupper() for c in name) or all(w in table["common_sources"] for w in words):
        # A common noun ("Analysts said", "the breakdown showed"): a body named earlier ("the
        # ministry" after "the Ministry of Finance"), else nobody.
        if words[-1] in table["body_nouns"]:
            body = next((b for b in known.bodies if words[-1] in b.lower().split()), None)
            if body and _MONETARY_COMMITTEE.match(body):
                return resolve_source(body, known, subject)  # "the committee" of the central bank
            return _ministry(body) if body else None
        return None
    words = name.split()
    if len(words) >= 2 and all(w[:1].islower() for w in words[1:]) and words[-1].lower() in _SPEAKER_NOUNS | _COMPANY_NOUNS \
            and (is_place_word(words[0].lower()) or _is_demonym(words[0].lower())):
        return None  # "a US bank said", "a German firm said": a description of someone unnamed, no name
    # A description before the name: "the car-buying website Parker's" → "Parker's".
    described = re.match(r"^(?:the\s+)?(?:[a-z][\w-]*\s+)+((?:[A-Z][\w.&'’-]*\s*)+)$", name)
    return described.group(1).strip() if described else name


_DOCUMENT_WORDS = re.compile(r"(?i)\b(release[sd]?|report(?:s|ed)?|data|figures|statistics|statement|survey|estimates?|"
                             r"update|study)\b")


def _document_noun(word: str) -> str:
    """ "released" → "release", "reported" → "report", "figures" → "figures"."""
    word = word.lower()
    for stem in ("release", "report", "estimate", "statement", "survey", "update", "study"):
        if word.startswith(stem):
            return stem
    return word


def documents_named(sentence_text: str) -> list[str]:
    """The kinds of document a sentence says a body issued: "data released by X" → data, release."""
    return sorted({_document_noun(m.group(1)) for m in _DOCUMENT_WORDS.finditer(sentence_text)})
