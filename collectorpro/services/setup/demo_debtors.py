"""A demo debtor: name, language, addresses (an old one kept for skip tracing), phones
(some retired) and an email address."""

from __future__ import annotations

from datetime import date, timedelta

from collectorpro.services.accounts.search import fold
from collectorpro.services.setup.demo_data import (
    FIRST_NAMES_EN,
    FIRST_NAMES_ES,
    LAST_NAMES_EN,
    LAST_NAMES_ES,
    PLACE_WEIGHTS,
    PLACES,
    STREETS,
)
from collectorpro.services.setup.demo_rows import DemoRows, timestamp

__all__ = ["add_debtor"]


def add_debtor(demo: DemoRows) -> tuple[int, str, str, list[str], list[str]]:
    rng = demo.rng
    spanish = rng.random() < 0.22
    first = rng.choice(FIRST_NAMES_ES if spanish and rng.random() < 0.8 else FIRST_NAMES_EN)
    last = rng.choice(LAST_NAMES_ES if spanish else LAST_NAMES_EN)
    language = "es" if spanish and rng.random() < 0.7 else "en"
    debtor_id = demo.next_id("debtors")
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 62))
    since = demo.today - timedelta(days=rng.randrange(400, 3000))
    created = timestamp(demo.now - timedelta(days=rng.randrange(1, 400)))
    demo.rows["debtors"].append(
        (debtor_id, first, "", last, "", born.isoformat(), language, created)
    )
    state, cities, area_codes = rng.choices(PLACES, PLACE_WEIGHTS)[0]
    city, zip_code = rng.choice(cities)
    moved = rng.random() < 0.15
    if moved:  # an old address kept for skip tracing
        old_city, old_zip = rng.choice(cities)
        moved_on = demo.today - timedelta(days=rng.randrange(30, 380))
        demo.rows["addresses"].append(
            (
                demo.next_id("addresses"),
                debtor_id,
                f"{rng.randrange(10, 9999)} {rng.choice(STREETS)}",
                "",
                old_city,
                state,
                old_zip,
                "US",
                "billing system",
                since.isoformat(),
                moved_on.isoformat(),
                created,
            )
        )
        since_addr = moved_on
    else:
        since_addr = since
    line2 = f"Apt {rng.randrange(1, 40)}" if rng.random() < 0.25 else ""
    demo.rows["addresses"].append(
        (
            demo.next_id("addresses"),
            debtor_id,
            f"{rng.randrange(10, 9999)} {rng.choice(STREETS)}",
            line2,
            city,
            state,
            zip_code,
            "US",
            "billing system",
            since_addr.isoformat(),
            None,
            created,
        )
    )
    phones = []
    for n in range(rng.choice((1, 1, 2, 2, 3))):
        number = f"+1{rng.choice(area_codes)}5550{rng.randrange(100, 200):03d}"[:12]
        kind = ("mobile", "home", "work")[min(n, 2)] if rng.random() < 0.8 else "mobile"
        retired = n > 0 and rng.random() < 0.2
        demo.rows["phones"].append(
            (
                demo.next_id("phones"),
                debtor_id,
                number,
                kind,
                int(rng.random() < 0.6),
                int(rng.random() < 0.04),
                "billing system",
                since.isoformat(),
                (demo.today - timedelta(days=rng.randrange(20, 300))).isoformat()
                if retired
                else None,
                created,
            )
        )
        if not retired:
            phones.append(number)
    emails = []
    if rng.random() < 0.75:
        domain = rng.choice(("example.com", "example.org", "example.net"))
        address = f"{_ascii(first)}.{_ascii(last)}{rng.randrange(1, 99)}@{domain}".lower()
        demo.rows["emails"].append(
            (
                demo.next_id("emails"),
                debtor_id,
                address,
                int(rng.random() < 0.05),
                "billing system",
                since.isoformat(),
                None,
                created,
            )
        )
        emails.append(address)
    return debtor_id, first, last, phones, emails


def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())
