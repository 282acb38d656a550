"""Currencies of aid amounts: every ISO 4217 code, written the way Vietnamese reports write them.

Reports write "đồng" for VND, "euro" for EUR, and keep the code for USD ("575.500 USD"); a currency without
a settled Vietnamese name keeps its code, which every reader of a report understands. The list is embedded
(no dependency, works offline); it holds the active codes of ISO 4217 as of 2025.
"""

from __future__ import annotations

from pydantic_core import PydanticCustomError

_CODES = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD "
    "CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ "
    "GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR "
    "LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN "
    "PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB "
    "TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG "
)
ISO_4217 = frozenset(_CODES.split())

# How reports write an amount's currency after the number.
LABELS = {
    "VND": "đồng",
    "EUR": "euro",
    "JPY": "yên",
    "GBP": "bảng Anh",
    "CHF": "franc Thụy Sĩ",
    "CNY": "nhân dân tệ",
    "KRW": "won",
    "THB": "baht",
    "LAK": "kíp",
    "KHR": "riel",
    "AUD": "đô la Úc",
    "CAD": "đô la Canada",
    "SGD": "đô la Singapore",
    "NZD": "đô la New Zealand",
    "HKD": "đô la Hồng Kông",
    "RUB": "rúp",
}

# What staff type instead of a code.
ALIASES = {"VNĐ": "VND", "ĐỒNG": "VND", "EURO": "EUR", "YÊN": "JPY", "WON": "KRW"}

# Order of currencies in tables: đồng first, then USD, then the rest by code.
FIRST = ("VND", "USD", "EUR")


def currency_code(value: object) -> object:
    """The ISO code of what was typed (``usd``, ``VNĐ``, ``đồng``, ``euro``); a clear message otherwise."""
    if not isinstance(value, str):
        return value
    text = value.strip().upper()
    text = ALIASES.get(text, text)
    if text not in ISO_4217:
        raise PydanticCustomError(
            "tien_te",
            "“{value}” không phải mã tiền tệ ISO 4217; ghi mã ba chữ cái như VND, USD, EUR, JPY, GBP, CHF, SGD",
            {"value": value},
        )
    return text


def label(code: str) -> str:
    return LABELS.get(code, code)


def ordered(codes: list[str] | set[str]) -> list[str]:
    return sorted(set(codes), key=lambda c: (FIRST.index(c) if c in FIRST else len(FIRST), c))


# The currencies offered in the Excel workbook's drop-down; any other ISO 4217 code may still be typed.
currency_code.suggestions = ("VND", "USD", "EUR", "JPY", "KRW", "AUD", "GBP", "CHF", "CAD", "SGD", "CNY", "THB")  # type: ignore[attr-defined]
