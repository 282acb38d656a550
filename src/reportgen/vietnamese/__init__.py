"""Vietnamese language rules shared by every document kind: dates, figures, words, names and numbering.

They live in one place, free of I/O, because the same figure or date must read the same in a report, its
appendices and the speech that quotes it, and because these rules (Nghị định 30, Vietnamese collation and
number spelling) are easy to get subtly wrong.
"""

from __future__ import annotations

from .citations import citation_gaps
from .dates import (
    clock,
    date_or_blank,
    date_range_phrase,
    day_month_year,
    place_date_line,
    short_date,
    time_phrase,
    weekday,
)
from .names import honorific, person_sort_key, vietnamese_sort_key
from .numbering import letter_item, number_line, number_symbol, roman
from .numbers import change_cell, compare_phrase, format_money, format_number, pad2, percent, times
from .text import (
    ascii_slug,
    join_vietnamese,
    keep_names_whole,
    keep_periods_whole,
    keep_phrases_whole,
    nfc,
    punctuate,
    punctuate_all,
    trim_end,
    upper_vi,
    without_diacritics,
)
from .words import amount_in_words, number_in_words

__all__ = [
    "amount_in_words",
    "ascii_slug",
    "change_cell",
    "citation_gaps",
    "clock",
    "compare_phrase",
    "date_or_blank",
    "date_range_phrase",
    "day_month_year",
    "format_money",
    "format_number",
    "honorific",
    "join_vietnamese",
    "keep_names_whole",
    "keep_periods_whole",
    "keep_phrases_whole",
    "letter_item",
    "nfc",
    "number_in_words",
    "number_line",
    "number_symbol",
    "pad2",
    "percent",
    "person_sort_key",
    "place_date_line",
    "punctuate",
    "punctuate_all",
    "roman",
    "short_date",
    "time_phrase",
    "times",
    "trim_end",
    "upper_vi",
    "vietnamese_sort_key",
    "weekday",
    "without_diacritics",
]
