"""Who a figure belongs to (subject), the other side of the flow (counterparty), who said it (source):
the rules for one claim, read from its sentence, one module per job: ``names`` (canonical names and
what a name is), ``parse_tree`` (shared parse-tree helpers), ``people``, ``central_banks``,
``subjects``, ``counterparties``, ``nearby_subjects``, ``markets``, ``quotes``, ``sources`` and
``source_scope``. This module re-exports the names its callers read as ``actors.<name>``. What an
article's sentences share (its main actor and country, the publisher's country, attributions carried
across sentences) is in ``extractor/article_actors.py``.
"""

from extractor.names import (  # noqa: F401
    Known, _ORGANISATION_NOUNS, _english_words, _is_media, _is_place, canonical, demonym_country, fullest_name,
    is_country, is_english_word, is_organisation, is_place_word, is_term, is_territory, publishes_data,
)
from extractor.people import (  # noqa: F401
    fullest_person, people_mentioned, person_named, state_of_leader, titled_people,
)
from extractor.central_banks import (  # noqa: F401
    central_bank_of, central_bank_rate, country_of_central_bank, rate_decision, speaks_of_central_bank,
)
from extractor.subjects import (  # noqa: F401
    COLLECTED_MEASURE, FLOWS, collects_revenue, currency_priced, legislature_country, main_clause_company,
    own_currency, sentence_company, subject_and_counterparty,
)
from extractor.counterparties import (  # noqa: F401
    AUDIENCE, accounting_part, valued_party, bid_for, bid_head, bidder_after, company_held, compared_with, deal_parties,
    group_related_to, holder_of_share, import_share, owner_of_count, per_share_target, sent_from, stake,
    surveyed_share, visitors_from,
)
from extractor.nearby_subjects import (  # noqa: F401
    absolute_owner, company_before, company_of_sentence_before, home_countries, listed_place, owes_tax,
    body_country, owner_right_before, place_after, place_topic, placed_company_before, possessive_place, topic_of,
)
from extractor.markets import (  # noqa: F401
    exchange_rate_figure, index_names, market_area, market_of_index, market_price, national_market,
    share_price_figure,
)
from extractor.quotes import (  # noqa: F401
    REPORTS, hearsay, quote_speaker, quoted_unnamed, reported_anonymously,
)
from extractor.sources import (  # noqa: F401
    ANONYMOUS, documents_named, resolve_source, source_for, unnamed_group,
)
from extractor.source_scope import (  # noqa: F401
    acted_by_another, background_clause, company_results, expected_by_group, forecaster_expects, history_opening,
    others_expectation, own_results, speaks_only_for_itself, standing_share,
)

