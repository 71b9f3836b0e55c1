"""Reading offices' exports: files in every shape they come in, each field parsed explicitly."""

from __future__ import annotations

import contextlib
import random
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from collectorpro.core.errors import DomainError
from collectorpro.services.importing import (
    FieldError,
    ImportFileError,
    ImportProfile,
    ProfileError,
    clean_text,
    combine_name,
    inspect,
    iter_rows,
    missing_required,
    parse_date,
    parse_email,
    parse_language,
    parse_money,
    parse_name,
    parse_name_part,
    parse_phone,
    parse_state,
    parse_zip,
    profile_from_json,
    profile_from_mapping,
    profile_to_json,
    resolve_mapping,
    suggest_mapping,
)

FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# ---------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        ("1,234.56", 123456),
        ("$1,234.56", 123456),
        ("(12.00)", -1200),
        ("-12.00", -1200),
        ("-$3", -300),
        ("$-3", -300),
        ("12.00-", -1200),
        ("12", 1200),
        ("12.5", 1250),
        (".99", 99),
        ("12.", 1200),
        (" $ 7.05 ", 705),
        ("12.500", 1250),  # extra decimals that are zeros
        ("1,234,567.89", 123456789),
        ("0", 0),
        (12, 1200),
        (12.5, 1250),
        (0.1 + 0.2, 30),
        (12.345, 1234),  # half-even: 1234.5 -> 1234
        (12.355, 1236),  # half-even: 1235.5 -> 1236
        (Decimal("19.99"), 1999),
        (-7.0, -700),
    ],
)
def test_parse_money(value, cents):
    assert parse_money(value) == cents


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("1.234,56", "not an amount"),
        ("12,34", "not an amount"),
        (" $ 1 234.56", "not an amount"),
        ("USD 12.00", "not an amount"),
        ("12.00 USD", "not an amount"),
        ("12.345", "more than two decimal places"),
        ("1e5", "not an amount"),
        ("--5", "not an amount"),
        ("(-12.00)", "more than one minus sign"),
        ("$", "not an amount"),
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("١٢", "not an amount"),  # Arabic-Indic digits are not read as money
        (float("nan"), "not an amount"),
        (float("inf"), "not an amount"),
        (10**12, "too large"),
        (True, "not an amount"),
    ],
)
def test_parse_money_refuses(value, reason):
    with pytest.raises(FieldError, match=reason):
        parse_money(value)


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11/24/2024", date(2024, 11, 24)),
        ("02/29/2024", date(2024, 2, 29)),
        ("1/2/03", date(2003, 1, 2)),
        ("1/2/69", date(2069, 1, 2)),
        ("1/2/70", date(1970, 1, 2)),
        ("12-31-99", date(1999, 12, 31)),
        ("2026-11-24", date(2026, 11, 24)),
        ("2024/3/5", date(2024, 3, 5)),
        ("20241124", date(2024, 11, 24)),
        ("11/24/2024 00:00:00", date(2024, 11, 24)),
        ("2024-11-24T13:45:00", date(2024, 11, 24)),
        ("11/24/2024 1:45 PM", date(2024, 11, 24)),
        ("Nov 24, 2024", date(2024, 11, 24)),
        ("November 24 2024", date(2024, 11, 24)),
        ("24-NOV-24", date(2024, 11, 24)),
        ("24 Sept 2024", date(2024, 9, 24)),
        (45620, date(2024, 11, 24)),
        (45620.75, date(2024, 11, 24)),  # the fraction is the time of day
        ("45620", date(2024, 11, 24)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (2958465, date(9999, 12, 31)),
        (datetime(2024, 11, 24, 0, 0), date(2024, 11, 24)),
        (date(2024, 11, 24), date(2024, 11, 24)),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_parse_date_day_first():
    assert parse_date("02/01/2024", order="DMY") == date(2024, 1, 2)
    assert parse_date("02/01/2024") == date(2024, 2, 1)
    assert parse_date("2024-01-02", order="DMY") == date(2024, 1, 2)  # ISO is ISO
    with pytest.raises(ValueError, match="order"):
        parse_date("02/01/2024", order="YDM")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("02/29/2025", "February 29 does not exist in 2025"),
        ("02/31/2024", "the day 31 does not exist in February"),
        ("04/31/2024", "the day 31 does not exist in April"),
        ("13/01/2024", "there is no month 13"),
        ("00/10/2024", "there is no month 0"),
        ("1/2/003", "not a date"),
        ("2024-13-01", "there is no month 13"),
        ("0000-01-01", "the year 0 is out of range"),
        (60, "29 February 1900, which does not exist"),
        (0, "outside Excel's dates"),
        (-5, "outside Excel's dates"),
        (2958466, "outside Excel's dates"),
        (float("nan"), "not a date"),
        ("2024", "not a date"),
        ("yesterday", "not a date"),
        ("Smarch 3, 2024", "is not a month"),
        (time(13, 45), "a time, not a date"),
        ("", "empty"),
    ],
)
def test_parse_date_refuses(value, reason):
    with pytest.raises(FieldError, match=reason):
        parse_date(value)


# ---------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Smith, John A", ("John", "A", "Smith", "")),
        ("John A. Smith Jr.", ("John", "A.", "Smith", "Jr")),
        ("John A. Smith, Jr.", ("John", "A.", "Smith", "Jr")),
        ("Smith Jr, John", ("John", "", "Smith", "Jr")),
        ("SMITH, JOHN A III", ("John", "A", "Smith", "III")),
        ("GARCIA-LOPEZ, MARIA", ("Maria", "", "Garcia-Lopez", "")),
        ("MCDONALD, RONALD", ("Ronald", "", "McDonald", "")),
        ("O'BRIEN, PATRICK", ("Patrick", "", "O'Brien", "")),
        ("MACLEOD, ANNE", ("Anne", "", "MacLeod", "")),
        ("MACHADO, ANA", ("Ana", "", "Machado", "")),  # not "MacHado"
        ("MUÑOZ, JOSÉ", ("José", "", "Muñoz", "")),
        ("josé muñoz", ("José", "", "Muñoz", "")),
        ("Maria de la Cruz", ("Maria", "", "de la Cruz", "")),
        ("DeShawn McAllister-O'Neil", ("DeShawn", "", "McAllister-O'Neil", "")),  # as typed
        ("  Mary   Ann  Jones ", ("Mary", "Ann", "Jones", "")),
        ("Cher", ("", "", "Cher", "")),
        ("Jose\u0301 Pe\u0301rez", ("José", "", "Pérez", "")),  # decomposed accents
    ],
)
def test_parse_name(value, parts):
    assert parse_name(value) == parts


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "empty"),
        ("Smith, ", "a comma with nothing beside it"),
        ("Smith, John, Adam, Eve", "too many commas"),
        ("John Smith 3", "a name does not contain 3"),
        ("SMITH, JOHN (DECEASED)", r"a name does not contain \( \)"),
        ("---", "not a name"),
        ("x" * 201, "longer than 200"),
        (12, "not a name"),
    ],
)
def test_parse_name_refuses(value, reason):
    with pytest.raises(FieldError, match=reason):
        parse_name(value)


def test_name_parts_and_combine():
    assert parse_name_part("MCDONALD") == "McDonald"
    assert parse_name_part("o'brien") == "O'Brien"
    assert parse_name_part("van Dyke") == "van Dyke"
    with pytest.raises(FieldError):
        parse_name_part("Smith, John")
    assert combine_name("John", "Smith") == "John Smith"
    assert combine_name("John", "Smith", middle="A.", suffix="Jr") == "John A. Smith Jr"
    assert combine_name(" ", "Cher") == "Cher"


# ---------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("NY", "NY"),
        ("ny", "NY"),
        (" New York ", "NY"),
        ("N.Y.", "NY"),
        ("new york", "NY"),
        ("District of Columbia", "DC"),
        ("Washington, D.C.", "DC"),
        ("D.C.", "DC"),
        ("Puerto Rico", "PR"),
        ("U.S. Virgin Islands", "VI"),
        ("Guam", "GU"),
        ("Calif.", "CA"),
        ("W. Va.", "WV"),
        ("Mass", "MA"),
        ("Wyoming", "WY"),
        ("AE", "AE"),
    ],
)
def test_parse_state(value, code):
    assert parse_state(value) == code


def test_every_state_by_code_and_name():
    from collectorpro.services.importing.addresses import STATES as _STATES

    assert len([c for c in _STATES if c not in {"DC", "PR", "VI", "GU", "AS", "MP"}]) == 53
    for code, name in _STATES.items():
        assert parse_state(code.lower()) == code
        assert parse_state(name.upper()) == code


@pytest.mark.parametrize("value", ["", "XX", "New Yrok", "Ontario", "N"])
def test_parse_state_refuses(value):
    with pytest.raises(FieldError):
        parse_state(value)


@pytest.mark.parametrize(
    ("value", "zip_code"),
    [
        ("12207", "12207"),
        ("12207-1234", "12207-1234"),
        ("122071234", "12207-1234"),
        ("12207 1234", "12207-1234"),
        ("02108", "02108"),
        (2108, "02108"),  # Excel dropped the leading zero
        (2108.0, "02108"),
        (21081234, "02108-1234"),
        (12207, "12207"),
        (122071234, "12207-1234"),
    ],
)
def test_parse_zip(value, zip_code):
    assert parse_zip(value) == zip_code


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2108", "5 digits, not 4"),  # text keeps what it says
        ("1220", "5 digits, not 4"),
        (208, "5 or 9 digits, not 3"),
        ("12207-12", "not a ZIP code"),
        ("ABCDE", "not a ZIP code"),
        ("00000", "00000 is not a ZIP code"),
        (2108.5, "not a ZIP code"),
        (float("inf"), "not a ZIP code"),
        ("", "empty"),
    ],
)
def test_parse_zip_refuses(value, reason):
    with pytest.raises(FieldError, match=reason):
        parse_zip(value)


# ---------------------------------------------------------------------------- contact


@pytest.mark.parametrize(
    ("value", "e164"),
    [
        ("(518) 555-0142", "+15185550142"),
        ("(518) 555-0142 ext 12", "+15185550142"),
        ("518.555.0142", "+15185550142"),
        ("1-518-555-0142", "+15185550142"),
        ("+1 212 456 7890", "+12124567890"),
        (5185550142, "+15185550142"),
        (5185550142.0, "+15185550142"),
    ],
)
def test_parse_phone(value, e164):
    assert parse_phone(value) == e164


@pytest.mark.parametrize("value", ["555-0142", "123", "(000) 000-0000", "call me", "", 12.5])
def test_parse_phone_refuses(value):
    with pytest.raises(FieldError):
        parse_phone(value)


def _phonenumbers_says(text: str) -> str:
    """What parse_phone answers when it asks phonenumbers everything (its general path)."""
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        return "refused"
    if not phonenumbers.is_valid_number(number):
        return "refused"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


US_SHAPES = [
    "({a}) {b}-{c}",
    "({a}){b}-{c}",
    "{a}-{b}-{c}",
    "{a}.{b}.{c}",
    "{a} {b} {c}",
    "{a}{b}{c}",
]


@settings(max_examples=300, deadline=None)
@given(
    shape=st.sampled_from(US_SHAPES),
    area=st.integers(0, 999),
    exchange=st.integers(0, 999),
    line=st.integers(0, 9999),
)
def test_the_common_us_shapes_read_as_phonenumbers_reads_them(shape, area, exchange, line):
    text = shape.format(a=f"{area:03d}", b=f"{exchange:03d}", c=f"{line:04d}")
    try:
        ours = parse_phone(text)
    except FieldError:
        ours = "refused"
    assert ours == _phonenumbers_says(text)


def test_every_area_code_is_judged_as_phonenumbers_judges_it():
    for area in range(200, 1000):
        for text in (
            f"({area}) 555-0142",
            f"{area}-212-4567",
            f"{area}.911.0000",
            f"{area}2001234",
        ):
            try:
                ours = parse_phone(text)
            except FieldError:
                ours = "refused"
            assert ours == _phonenumbers_says(text), text


@pytest.mark.parametrize(
    ("value", "email"),
    [
        ("John.Smith@Example.COM", "John.Smith@example.com"),
        ("  ana+bills@mail.example.org ", "ana+bills@mail.example.org"),
        ("mailto:a@b.co", "a@b.co"),
    ],
)
def test_parse_email(value, email):
    assert parse_email(value) == email


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("john smith@example.com", "no spaces"),
        ("john@@example.com", "one @"),
        ("a@b@example.com", "one @"),
        ("john.example.com", "one @"),
        ("john@localhost", "not an email domain"),
        ("john@example.c0m", "not an email domain"),
        ("john@-example.com", "not an email domain"),
        (".john@example.com", "not an email address"),
        ("@example.com", "not an email address"),
        ("", "empty"),
    ],
)
def test_parse_email_refuses(value, reason):
    with pytest.raises(FieldError, match=reason):
        parse_email(value)


def test_parse_language():
    assert parse_language("English") == "en"
    assert parse_language("SPANISH") == "es"
    assert parse_language("Español") == "es"
    assert parse_language("es-US") == "es"
    with pytest.raises(FieldError):
        parse_language("Klingon")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("  Knee  X-ray\n(left) ", "Knee X-ray (left)"),
        ('=HYPERLINK("x")', '=HYPERLINK("x")'),  # kept as text; exports neutralise
        ("+1 tip", "+1 tip"),
        ("-", "-"),
        ("@home", "@home"),
        (10045.0, "10045"),  # an account number Excel stored as a number
        (10045, "10045"),
        (None, ""),
        ("   ", ""),
        (datetime(2024, 11, 24), "2024-11-24"),
    ],
)
def test_clean_text(value, text):
    assert clean_text(value, 40) == text


def test_clean_text_refuses():
    with pytest.raises(FieldError, match="control character"):
        clean_text("ab\x07c", 40)
    with pytest.raises(FieldError, match="longer than 5 characters"):
        clean_text("abcdef", 5)


def test_clean_text_refuses_exactly_the_control_characters_but_tab_and_line_ends():
    for code in range(0x10000):
        ch = chr(code)
        control = unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"
        try:
            clean_text(f"a{ch}b", 40)
            refused = False
        except FieldError:
            refused = True
        assert refused == control, hex(code)


PARSERS = [
    parse_money,
    parse_date,
    lambda v: parse_date(v, order="DMY"),
    parse_name,
    parse_name_part,
    parse_state,
    parse_zip,
    parse_phone,
    parse_email,
    parse_language,
    lambda v: clean_text(v, 80),
]


@FUZZ
@given(st.text(max_size=60))
def test_parsers_return_or_raise_field_error_on_any_text(text):
    for parser in PARSERS:
        with contextlib.suppress(FieldError):
            parser(text)


@FUZZ
@given(
    st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.datetimes(),
        st.dates(),
        st.booleans(),
        st.from_regex(r"[0-9$,.()\- /:]{1,14}", fullmatch=True),
    )
)
def test_parsers_accept_any_cell_value(value):
    for parser in PARSERS:
        with contextlib.suppress(FieldError):
            parser(value)


# ---------------------------------------------------------------------------- mapping


def test_suggest_mapping_for_a_medical_export():
    headers = [
        "Patient Acct #",
        "Patient Name",
        "Guarantor Name",
        "Guar Addr 1",
        "Guar Addr 2",
        "City",
        "St",
        "Zip",
        "Home Phone",
        "Work Phone",
        "DOB",
        "DOS",
        "Procedure",
        "Ins Balance",
        "Pt Balance",
        "Last Pmt",
        "Provider Name",
        "E-Mail",
    ]
    assert suggest_mapping(headers) == {
        0: "account_number",
        2: "debtor_name",  # the guarantor owes, not the patient
        3: "address_line1",
        4: "address_line2",
        5: "city",
        6: "state",
        7: "zip_code",
        8: "phone",
        10: "date_of_birth",
        11: "service_date",
        12: "service_description",
        14: "balance",
        15: "last_payment_date",
        17: "email",
    }


def test_suggest_mapping_with_split_names_and_odd_spelling():
    headers = ["ACCOUNT NO.", "Pt Last", "Pt First", "Pt MI", "Address1", "Postal Code", "Amt Due"]
    assert suggest_mapping(headers) == {
        0: "account_number",
        1: "last_name",
        2: "first_name",
        3: "middle_name",
        4: "address_line1",
        5: "zip_code",
        6: "balance",
    }
    assert missing_required(suggest_mapping(headers).values()) == ()


def test_suggest_mapping_for_a_utility_export():
    headers = [
        "Account ID",
        "Customer Name",
        "Service Address",
        "Mailing Address",
        "City",
        "State",
        "Zip Code",
        "Phone",
        "Amount Past Due",
        "Due Date",
        "Disconnect Date",
        "Last Payment Date",
        "Language",
    ]
    assert suggest_mapping(headers) == {
        0: "account_number",
        1: "debtor_name",
        3: "address_line1",  # letters go to the mailing address
        4: "city",
        5: "state",
        6: "zip_code",
        7: "phone",
        8: "balance",
        9: "first_delinquency_date",
        11: "last_payment_date",
        12: "language",
    }


def test_suggest_mapping_first_column_wins_a_tie():
    assert suggest_mapping(["Balance", "Balance", "Acct"]) == {0: "balance", 2: "account_number"}


def test_suggest_mapping_for_payments():
    headers = ["Acct #", "Pmt Date", "Pmt Amt", "Pay Type", "Check #", "Paid By", "Notes"]
    assert suggest_mapping(headers, kind="payments") == {
        0: "account_number",
        1: "paid_on",
        2: "amount",
        3: "method",
        4: "reference",
        5: "payer_name",
    }


def test_missing_required():
    assert missing_required(["account_number"]) == (
        "Debtor name (or First name and Last name)",
        "Balance",
    )
    assert missing_required(["account_number", "first_name", "last_name", "balance"]) == ()
    assert missing_required(["account_number"], "payments") == ("Amount", "Date paid")


def test_profile_maps_by_heading_name_across_column_orders():
    march = ["Acct #", "Patient Name", "Balance Due", "DOS"]
    profile = profile_from_mapping(
        "Valley Clinic", "accounts", march, suggest_mapping(march), date_order="DMY"
    )
    assert profile.mapping == {
        "account_number": "Acct #",
        "debtor_name": "Patient Name",
        "balance": "Balance Due",
        "service_date": "DOS",
    }
    again = profile_from_json(profile_to_json(profile))
    assert again == profile
    april = ["DOS", "balance due", "ACCT #", "Notes", "Patient Name"]
    resolved = resolve_mapping(again, april)
    assert resolved.columns == {
        0: "service_date",
        1: "balance",
        2: "account_number",
        4: "debtor_name",
    }
    assert resolved.missing == ()
    assert resolve_mapping(again, ["Acct #", "Balance Due"]).missing == ("Patient Name", "DOS")


def test_profile_without_headings_maps_by_column_number():
    profile = profile_from_mapping(
        "Water",
        "payments",
        ["Column 1", "Column 2", "Column 3"],
        {0: "account_number", 2: "amount", 1: "paid_on"},
        has_header=False,
        delimiter="|",
    )
    assert profile.mapping == {"account_number": 0, "amount": 2, "paid_on": 1}
    assert profile_from_json(profile_to_json(profile)) == profile
    assert resolve_mapping(profile, ["a", "b"]).missing == ("column 3",)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"version": 99}',
        '{"version": 1, "name": "x", "kind": "accounts", "mapping": {"shoe_size": "A"},'
        ' "date_order": "MDY"}',
        '{"version": 1, "name": "x", "kind": "accounts", "mapping": {"balance": "A",'
        ' "account_number": "A"}, "date_order": "MDY"}',
        '{"version": 1, "name": "x", "kind": "loans", "mapping": {}, "date_order": "MDY"}',
        '{"version": 1, "name": "x", "kind": "accounts", "mapping": {}, "date_order": "YMD"}',
        '{"version": 1, "name": "x", "kind": "accounts", "mapping": {"balance": true},'
        ' "date_order": "MDY"}',
    ],
)
def test_damaged_profiles_are_refused(text):
    with pytest.raises(ProfileError):
        profile_from_json(text)
    assert issubclass(ProfileError, DomainError)


def test_profile_is_frozen():
    profile = ImportProfile("x", "accounts", {"balance": "Bal"})
    with pytest.raises(AttributeError):
        profile.name = "y"  # type: ignore[misc]


# ---------------------------------------------------------------------------- files

HEADER = "Acct #,Patient Name,Balance,DOS\r\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rows_of(info):
    return list(iter_rows(info))


def test_utf8_with_bom(tmp_path):
    path = write(
        tmp_path,
        "export.csv",
        (HEADER + "1001,José Núñez,$12.50,01/02/2024\r\n").encode("utf-8-sig"),
    )
    info = inspect(path)
    assert (info.kind, info.encoding, info.delimiter, info.has_header) == (
        "csv",
        "utf-8-sig",
        ",",
        True,
    )
    assert info.headers == ("Acct #", "Patient Name", "Balance", "DOS")  # no BOM in heading 1
    assert info.preview == (("1001", "José Núñez", "$12.50", "01/02/2024"),)
    assert info.row_count_estimate == 1
    assert rows_of(info) == [(2, ("1001", "José Núñez", "$12.50", "01/02/2024"), None)]


def test_plain_utf8(tmp_path):
    path = write(tmp_path, "export.csv", (HEADER + "1001,Zoë Ng,5,1/1/24\n").encode())
    info = inspect(path)
    assert info.encoding == "utf-8"
    assert rows_of(info)[0].cells[1] == "Zoë Ng"


def test_windows_1252_with_munoz(tmp_path):
    data = (HEADER + "1001,Mu\xf1oz \u201cAna\u201d,12.00,1/1/24\r\n").encode("cp1252")
    assert b"\xf1" in data
    info = inspect(write(tmp_path, "export.csv", data))
    assert info.encoding == "cp1252"
    assert rows_of(info)[0].cells[1] == "Muñoz “Ana”"


def test_latin1_when_windows_1252_cannot_decode(tmp_path):
    data = HEADER.encode() + b"1001,Mu\xf1oz\x81,12.00,1/1/24\r\n"  # 0x81 is unused in cp1252
    info = inspect(write(tmp_path, "export.csv", data))
    assert info.encoding == "latin-1"
    assert rows_of(info)[0].cells[1] == "Muñoz\x81"


def test_utf16_with_bom(tmp_path):
    text = "Acct #\tName\tBalance\n1001\tMuñoz\t12.00\n"
    info = inspect(write(tmp_path, "export.txt", text.encode("utf-16")))
    assert (info.encoding, info.delimiter) == ("utf-16", "\t")
    assert rows_of(info) == [(2, ("1001", "Muñoz", "12.00"), None)]


def test_semicolon_delimited(tmp_path):
    text = "Acct;Name;Balance\n1001;Smith, John;12.50\n1002;Doe, Jane;7.00\n"
    info = inspect(write(tmp_path, "export.csv", text.encode()))
    assert info.delimiter == ";"
    assert [r.cells for r in rows_of(info)] == [
        ("1001", "Smith, John", "12.50"),
        ("1002", "Doe, Jane", "7.00"),
    ]


def test_tab_delimited(tmp_path):
    text = "Acct\tName\tBalance\tDOS\n1001\tJohn Smith\t12.50\t1/2/2024\n"
    info = inspect(write(tmp_path, "export.tsv", text.encode()))
    assert info.delimiter == "\t"
    assert rows_of(info)[0].cells == ("1001", "John Smith", "12.50", "1/2/2024")


def test_pipe_delimited_and_delimiter_override(tmp_path):
    text = "Acct|Name|Balance\n1001|Smith, John|12.50\n"
    path = write(tmp_path, "export.txt", text.encode())
    assert inspect(path).delimiter == "|"
    forced = inspect(path, delimiter=",")
    assert forced.headers == ("Acct|Name|Balance",)
    with pytest.raises(ImportFileError, match="separator"):
        inspect(path, delimiter="::")


def test_embedded_newlines_and_quotes(tmp_path):
    text = (
        "Acct,Name,Note,Balance\n"
        '1001,"Smith, John","said ""call\nme later""",12.50\n'
        '1002,"Doe, Jane","line one\r\nline two\nline three",7.00\n'
        "1003,Roe,plain,1.00\n"
    )
    info = inspect(write(tmp_path, "export.csv", text.encode()))
    rows = rows_of(info)
    assert [r.line_number for r in rows] == [2, 4, 7]  # where each record starts
    assert rows[0].cells == ("1001", "Smith, John", 'said "call\nme later"', "12.50")
    assert rows[1].cells[2] == "line one\r\nline two\nline three"
    assert all(r.problem is None for r in rows)


def test_ragged_rows_are_fitted_and_flagged(tmp_path):
    text = (
        "Acct,Name,Balance,DOS\n"
        "1001,Ann,1.00,1/1/24\n"
        "1002,Bob,2.00\n"
        "\n"
        "1003,Cy,3.00,1/1/24,extra,more\n"
        "1004,Di,4.00,1/1/24,\n"  # a trailing separator is not a problem
    )
    rows = rows_of(inspect(write(tmp_path, "export.csv", text.encode())))
    assert rows == [
        (2, ("1001", "Ann", "1.00", "1/1/24"), None),
        (3, ("1002", "Bob", "2.00", None), "has 3 cells, expected 4"),
        (5, ("1003", "Cy", "3.00", "1/1/24"), "has 6 cells, expected 4"),  # blank line 4
        (6, ("1004", "Di", "4.00", "1/1/24"), None),
    ]


def test_file_without_a_header_row(tmp_path):
    text = "1001,John Smith,12.50,01/02/2024\n1002,Jane Doe,7.00,01/03/2024\n"
    info = inspect(write(tmp_path, "export.csv", text.encode()))
    assert not info.has_header
    assert info.headers == ("Column 1", "Column 2", "Column 3", "Column 4")
    assert [r.line_number for r in rows_of(info)] == [1, 2]


@pytest.mark.parametrize(
    ("text", "has_header"),
    [
        ("Name,City\nJohn,Albany\nJane,Troy\n", True),  # headings CollectorPro knows
        ("Foo,Bar\nabc,de\nfgh,ij\n12,1/1/24\n", True),  # words above amounts and dates
        ("John,Albany\nJane,Troy\n", False),  # csv.Sniffer decides the rest
    ],
)
def test_header_detection(tmp_path, text, has_header):
    assert inspect(write(tmp_path, "export.csv", text.encode())).has_header is has_header


def test_headings_are_made_unique(tmp_path):
    text = "Acct,Phone,Phone,,Balance\n1,518-555-0142,518-555-0143,x,1.00\n"
    info = inspect(write(tmp_path, "export.csv", text.encode()))
    assert info.headers == ("Acct", "Phone", "Phone (2)", "Column 4", "Balance")


def test_field_longer_than_the_limit(tmp_path):
    text = HEADER + '1001,"' + "x" * 1_000_001 + '",1.00,1/1/24\n'
    with pytest.raises(ImportFileError, match=r"Line 2 .* longer than 1,000,000 characters"):
        rows_of(inspect(write(tmp_path, "export.csv", text.encode())))


def test_unclosed_quote_is_reported_not_swallowed(tmp_path):
    lines = [HEADER, '1001,"Smith,1.00,1/1/24\n'] + ["1002,Ann,1.00,1/1/24\n"] * 60_000
    path = write(tmp_path, "export.csv", "".join(lines).encode())
    with pytest.raises(ImportFileError, match=r"Line 2 .* perhaps a quote mark is missing"):
        rows_of(inspect(path))


def test_xlsx_with_real_dates_and_numbers(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Accounts"
    sheet.append(["Acct #", "Patient Name", "Balance", "DOS", "Zip"])
    sheet.append([1001, "MUÑOZ, ANA", 1234.5, datetime(2024, 11, 24), 2108])
    sheet.append([1002, "Smith, John", 12, datetime(2024, 1, 2), 12207])
    sheet.append([None, None, None, None, None])
    sheet.append([1003, "Doe, Jane", 7.25, 45620, "02108", "stray"])
    book.create_sheet("Notes").append(["nothing here"])
    path = tmp_path / "export.xlsx"
    book.save(path)

    info = inspect(path)
    assert (info.kind, info.sheet, info.sheet_names) == ("xlsx", "Accounts", ("Accounts", "Notes"))
    assert info.has_header
    assert info.headers == ("Acct #", "Patient Name", "Balance", "DOS", "Zip")
    assert info.preview[0] == ("1001", "MUÑOZ, ANA", "1234.5", "2024-11-24", "2108")
    rows = rows_of(info)
    assert [r.line_number for r in rows] == [2, 3, 5]
    first = rows[0].cells
    assert first[2] == 1234.5 and isinstance(first[3], datetime)
    assert parse_money(first[2]) == 123450
    assert parse_date(first[3]) == date(2024, 11, 24)
    assert parse_zip(first[4]) == "02108"
    assert parse_name(first[1]) == ("Ana", "", "Muñoz", "")
    assert parse_date(rows[2].cells[3]) == date(2024, 11, 24)  # a serial typed as a number
    assert rows[2].problem == "has 6 cells, expected 5"
    assert inspect(path, sheet="Notes").headers == ("nothing here",)
    with pytest.raises(ImportFileError, match="no sheet named “Payments”"):
        inspect(path, sheet="Payments")


def test_xlsx_renamed_csv_is_read_as_a_workbook(tmp_path):
    book = Workbook()
    book.active.append(["Acct", "Balance"])
    book.active.append(["1001", 5])
    path = tmp_path / "export.csv"
    book.save(path)
    info = inspect(path)
    assert info.kind == "xlsx"
    assert rows_of(info) == [(2, ("1001", 5), None)]


def test_empty_xlsx_sheet(tmp_path):
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    with pytest.raises(ImportFileError, match="is empty"):
        inspect(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "empty.csv is empty"),
        ("blank.csv", b"\r\n \r\n\r\n", "has no rows"),
        ("bom-only.csv", b"\xef\xbb\xbf", "has no rows"),
        ("report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "is a PDF"),
        ("noise.csv", random.Random(7).randbytes(4096), "not a CSV or Excel file"),
        ("nul.csv", b"Acct,Balance\n1001,1.00\x00\n", "not a CSV or Excel file"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "password-protected"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "Excel 97–2003"),
        ("broken.xlsx", b"PK\x03\x04" + bytes(100), "damaged"),
        ("page.xls", b"<html><table><tr><td>1</td></tr></table></html>", "web page"),
    ],
)
def test_bad_files_are_explained(tmp_path, name, data, message):
    with pytest.raises(ImportFileError, match=message):
        inspect(write(tmp_path, name, data))


def test_a_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("accounts.csv", "Acct,Balance\n")
    with pytest.raises(ImportFileError, match="ZIP archive"):
        inspect(path)


def test_files_that_cannot_be_opened(tmp_path):
    with pytest.raises(ImportFileError, match="was not found"):
        inspect(tmp_path / "missing.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        inspect(tmp_path)


def test_file_deleted_between_inspect_and_reading(tmp_path):
    path = write(tmp_path, "export.csv", (HEADER + "1,A,1.00,1/1/24\n").encode())
    info = inspect(path)
    path.unlink()
    with pytest.raises(ImportFileError, match="was not found"):
        rows_of(info)


@FUZZ
@given(data=st.binary(max_size=4000))
def test_any_bytes_either_read_or_explained(tmp_path, data):
    path = write(tmp_path, "fuzz.csv", data)
    try:
        info = inspect(path, preview_rows=5)
        for row in iter_rows(info):
            assert len(row.cells) == len(info.headers)
    except ImportFileError as exc:
        assert str(exc)


@FUZZ
@given(
    rows=st.lists(
        st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=12), max_size=6),
        max_size=8,
    ),
    delimiter=st.sampled_from(",;\t|"),
)
def test_any_csv_text_either_read_or_explained(tmp_path, rows, delimiter):
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = write(tmp_path, "fuzz.csv", buffer.getvalue().encode("utf-8"))
    try:
        info = inspect(path)
        for row in iter_rows(info):
            assert len(row.cells) == len(info.headers)
    except ImportFileError as exc:
        assert str(exc)
