"""Words in a question that say when ("yesterday", "letzte Woche", "im März 2025", "since
Monday", "vor zwei Wochen") and the dates they mean, counted from a given today.

Pure: no clock of its own (the asker passes today), no I/O. Dates are ISO strings;
an article's date may be a day ("2026-03-12"), a month ("2026-03") or a year ("2026"),
and counts for a period when any part of it falls in the period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

# Month names (and the usual short forms) of both languages -> month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "januar": 1,
    "jänner": 1,
    "jaenner": 1,
    "february": 2,
    "feb": 2,
    "februar": 2,
    "march": 3,
    "mar": 3,
    "märz": 3,
    "maerz": 3,
    "marz": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "jun": 6,
    "juni": 6,
    "july": 7,
    "jul": 7,
    "juli": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "dezember": 12,
    "dez": 12,
}
# "may" and "mar" are English words too: a month only after a preposition, before a year
# or beside a day's number ("in May", "May 2025", "on May 3").
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "jun", "jul", "aug", "sep", "dec"})
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
    "few": 3,
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einer": 1,
    "einen": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "fuenf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwoelf": 12,
    "paar": 2,
    "ein paar": 3,
}
UNITS: dict[str, str] = {
    "day": "day",
    "days": "day",
    "tag": "day",
    "tage": "day",
    "tagen": "day",
    "week": "week",
    "weeks": "week",
    "woche": "week",
    "wochen": "week",
    "month": "month",
    "months": "month",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "monats": "month",
    "year": "year",
    "years": "year",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
    "jahres": "year",
}


_SINGULAR_UNITS = frozenset({"day", "tag", "week", "woche", "month", "monat", "year", "jahr"})


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


# --- the words --------------------------------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM = r"(?:\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_THIS = r"(?:this|diese[nrsm]?)"
_LAST = r"(?:last|past|previous|letzte[nrsm]?|vergangene[nrsm]?|vorige[nrsm]?)"
# A day of the month with its month: "12 March", "March 12th", "12. März", "12.3.2026".
_DATE = (
    rf"(?:\d{{1,2}}(?:\.|st|nd|rd|th)? (?:of )?(?:{_MONTH})\.?(?:,? {_YEAR})?"
    rf"|(?:{_MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? {_YEAR})?"
    rf"|\d{{1,2}}\.\d{{1,2}}\.(?:{_YEAR})?|{_YEAR}-\d{{2}}-\d{{2}})"
)
# Every form, longest first; the resolver below reads what one match says.
_FORMS = [
    rf"(?:since|seit) (?:(?:last|letzte[nrsm]?|vergangene[nrsm]?) )?(?:{_DAY}|{_MONTH}"
    rf"|woche|week|monat|month|jahr|year)(?: {_YEAR})?",
    rf"(?:since|seit) (?:dem )?{_YEAR}",
    r"(?:since|seit) (?:yesterday|gestern|vorgestern|today|heute)",
    rf"(?:(?:in|im|over|during|within) )?(?:the |den |der )?{_LAST} (?:{_NUM} )?(?:{_UNIT})",
    rf"(?:(?:in|im|over|during|within) )?(?:the |den |der )?{_LAST} (?:few |couple of |paar )"
    rf"(?:{_UNIT})",
    rf"{_NUM} (?:{_UNIT}) ago|vor (?:{_NUM}|ein paar|einigen|wenigen) (?:{_UNIT})",
    rf"(?:(?:in|im|during|on|am|at|an) )?(?:the |der |dem |den )?{_THIS} (?:{_UNIT}"
    r"|wochenende|weekend|morning|afternoon|evening|morgen|vormittag|nachmittag|abend)",
    rf"(?:(?:in|im|during|on|am|at|an) )?(?:the |der |dem |den |dem )?{_LAST}"
    r" (?:wochenende|weekend|night|nacht)",
    rf"(?:on |am )?(?:{_LAST} )?(?:{_DAY})",
    rf"(?:on |am )?(?:the )?{_DATE}",
    rf"(?:in |im |during |on |of |from |vom |von |aus dem )?(?:{_LAST} )?(?:{_MONTH})"
    rf"(?:,? {_YEAR}| (?:last year|letzten jahres|vergangenen jahres))?",
    rf"(?:in |im |during |from |von |aus |of )(?:(?:the )?year |jahr |dem jahr )?{_YEAR}",
    r"(?:earlier |just )?(?:the day before yesterday|yesterday|today|tonight|last night)"
    r"(?: (?:morning|afternoon|evening|night))?",
    r"(?:vorgestern|gestern|heute)(?: (?:morgen|früh|frueh|vormittag|mittag|nachmittag|abend"
    r"|nacht))?",
    r"am wochenende|at the weekend|on the weekend|over the weekend",
    # Vague: read past, the newest first anyway.
    r"recently|lately|the other day|kürzlich|kuerzlich|neulich|jüngst|juengst|zuletzt"
    r"|in letzter zeit|vor kurzem|unlängst|unlaengst",
]
TIME_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_FORMS) + r")(?![\w-])", re.I)


# Short month names and months that are also given names ("August Bebel", "Jan Müller")
# count only beside a year or a day's number, or after "in"/"im"/"since"/"seit".
_SHORT_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct okt nov dec dez".split())
_MONTH_PREPOSITIONS = frozenset(
    {"in", "im", "during", "since", "seit", "vom", "aus", "from", "von", "of"}
)


def _matches(text: str) -> list[re.Match[str]]:
    """TIME_RE's matches that say when: a month's name alone only after a preposition
    (and a short one not even then), never before a capitalised word ("von August Bebel")."""
    found = []
    for m in TIME_RE.finditer(text):
        words = m.group(0).casefold().split()
        core = [w for w in words if w not in _FILLERS and w not in _LAST_WORDS]
        if len(core) == 1 and core[0].rstrip(".") in MONTHS:
            month = core[0].rstrip(".")
            after = text[m.end() :].lstrip()
            if (
                month in _SHORT_MONTHS
                or words[0] not in _MONTH_PREPOSITIONS | _LAST_WORDS
                or after[:1].isupper()
            ):
                continue
        found.append(m)
    return found


def time_words(text: str) -> list[str]:
    """The expressions that say when, as written, in order."""
    return [m.group(0) for m in _matches(text)]


def drop_time(text: str) -> str:
    """The text without the words that say when ("what did X say last week")."""
    out, last = [], 0
    for m in _matches(text):
        out.append(text[last : m.start()])
        last = m.end()
    out.append(text[last:])
    return " ".join(" ".join(out).split()).strip(" ,;:")


# --- what they mean ---------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _unit_around(day: date, unit: str) -> Period:
    """The day, Monday-to-Sunday week, month or year that `day` falls in."""
    if unit == "day":
        return Period(day, day)
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6))
    if unit == "month":
        return Period(day.replace(day=1), _month_end(day.year, day.month))
    return Period(date(day.year, 1, 1), date(day.year, 12, 31))


def _back(today: date, unit: str, n: int) -> date:
    if unit == "day":
        return today - timedelta(days=n)
    if unit == "week":
        return today - timedelta(weeks=n)
    return _add_months(today, -n * (12 if unit == "year" else 1))


def _number(words: list[str]) -> int | None:
    text = " ".join(words)
    if text.isdigit():
        return int(text)
    return NUMBERS.get(text)


def _last_weekday(today: date, weekday: int, strict: bool) -> date:
    """The most recent such weekday: today counts unless `strict` ("last Friday")."""
    back = (today.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return today - timedelta(days=back)


def _recent_month(today: date, month: int, year: int | None, strict: bool) -> Period:
    """That month of `year`, else the most recent one (this month counts unless
    `strict`: "last March" in March is a year ago)."""
    if year is None:
        year = today.year
        if month > today.month or (strict and month == today.month):
            year -= 1
    return Period(date(year, month, 1), _month_end(year, month))


def _day_of(words: list[str], today: date) -> date | None:
    """A day of the month with its month ('12 march 2025', 'march 12', '12.3.', ISO)."""
    text = " ".join(words).replace(",", "")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})?", text)
        if m:
            day, month = int(m[1]), int(m[2])
            year = int(m[3]) if m[3] else None
        else:
            nums = re.findall(r"\d+", text)
            names = [MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS]
            if not nums or not names:
                return None
            day, month = int(nums[0]), names[0]
            year = int(nums[1]) if len(nums) > 1 else None
        if year is None:
            year = today.year
            if (month, day) > (today.month, today.day):
                year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LAST_WORDS = frozenset(
    {
        "last",
        "past",
        "previous",
        "letzte",
        "letzten",
        "letzter",
        "letztes",
        "letztem",
        "vergangene",
        "vergangenen",
        "vergangener",
        "vergangenes",
        "vergangenem",
        "vorige",
        "vorigen",
        "voriger",
        "voriges",
        "vorigem",
    }
)
_THIS_WORDS = frozenset({"this", "diese", "diesen", "dieser", "dieses", "diesem"})
_FILLERS = frozenset(
    "in im over during within on am at an the den der dem des of from vom von aus".split()
)


def resolve(expression: str, today: date) -> Period | None:
    """The dates one expression of time_words() means, or None when it names no span
    ("recently")."""
    words = expression.casefold().replace(",", " ").split()
    since = bool(words) and words[0] in {"since", "seit"}
    if since:
        words = words[1:]
    while words and words[0] in _FILLERS and len(words) > 1:
        words = words[1:]
    found = _resolve_words(words, today)
    if found is None:
        return None
    if since:
        return Period(found.start, today) if found.start <= today else None
    return found


def _resolve_words(words: list[str], today: date) -> Period | None:
    if not words:
        return None
    text = " ".join(words)
    day = timedelta(days=1)
    if text in {"today", "tonight", "heute"} or (
        words[0] in {"today", "heute", "earlier", "just"} and "yesterday" not in words
    ):
        return Period(today, today)
    if "day before yesterday" in text or words[0] == "vorgestern":
        return Period(today - 2 * day, today - 2 * day)
    if words[0] in {"yesterday", "gestern"} or text in {"last night"}:
        return Period(today - day, today - day)
    if words[-1] == "ago" or words[0] == "vor":
        inner = words[:-2] if words[-1] == "ago" else words[1:-1]
        unit = UNITS.get(words[-2] if words[-1] == "ago" else words[-1])
        n = _number(inner)
        if n is None and inner and inner[0] in {"einigen", "wenigen"}:
            n = 3
        if unit is None or n is None:
            return None
        return _unit_around(_back(today, unit, n), unit)
    last = words[0] in _LAST_WORDS
    this = words[0] in _THIS_WORDS
    rest = words[1:] if (last or this) else words
    if rest and rest[-1] in UNITS and (last or this):
        unit = UNITS[rest[-1]]
        n = _number(rest[:-1]) if len(rest) > 1 else None
        if this:
            return Period(_unit_around(today, unit).start, today)
        plural = rest[-1] not in _SINGULAR_UNITS
        if n is not None or plural or words[0] == "past":
            # "the last two weeks", "the past week", "in den letzten Tagen": back from today
            if n is None:
                n = (7 if unit == "day" else 3) if plural else 1
            return Period(_back(today, unit, n), today)
        # "last week", "letzten Monat": the whole one before this one
        return _unit_around(_back(today, unit, 1), unit)
    if rest and rest[-1] in {"weekend", "wochenende"}:
        saturday = _last_weekday(today, 5, strict=last and today.weekday() >= 5)
        if today.weekday() == 6 and not last:
            saturday = today - day
        return Period(saturday, saturday + day)
    if rest and rest[-1] in {
        "morning",
        "afternoon",
        "evening",
        "morgen",
        "vormittag",
        "nachmittag",
        "abend",
    }:
        return Period(today, today) if this else None
    if rest and rest[-1] in {"night", "nacht"}:
        return Period(today - day, today - day)
    if len(rest) == 1 and rest[0] in WEEKDAYS:
        return Period(*(2 * [_last_weekday(today, WEEKDAYS[rest[0]], strict=last)]))
    if rest and rest[0] in {"woche", "week"}:  # "seit letzter Woche"
        return _unit_around(_back(today, "week", 1 if last else 0), "week")
    if rest and rest[0] in {"monat", "month"}:
        return _unit_around(_back(today, "month", 1 if last else 0), "month")
    if rest and rest[0] in {"jahr", "year"} and len(rest) == 1:
        return _unit_around(_back(today, "year", 1 if last else 0), "year")
    if any(ch.isdigit() for ch in text) and (
        re.search(r"\d+\.\d+\.|\d{4}-\d{2}-\d{2}", text)
        or (
            len([w for w in rest if w.rstrip(".") in MONTHS]) == 1
            and re.search(r"(?<![\d])\d{1,2}(?:\.|st|nd|rd|th)?(?![\d])", text)
        )
    ):
        found = _day_of(rest, today)
        return Period(found, found) if found else None
    months = [MONTHS[w.rstrip(".")] for w in rest if w.rstrip(".") in MONTHS]
    years = [int(w) for w in rest if re.fullmatch(r"(?:19|20)\d{2}", w)]
    if months:
        year = years[0] if years else None
        if year is None and ("jahres" in rest or text.endswith("last year")):
            year = today.year - 1
        return _recent_month(today, months[0], year, strict=last)
    if years:
        return Period(date(years[0], 1, 1), date(years[0], 12, 31))
    return None


def find_period(text: str, today: date) -> Period | None:
    """The first span the question's time words name, or None."""
    for expression in time_words(text):
        found = resolve(expression, today)
        if found is not None:
            return found
    return None


# --- articles' dates ----------------------------------------------------------------------


def date_span(value: str | None) -> tuple[str, str] | None:
    """An article's date ('2026-03-12', '2026-03', '2026', or with a time after it) as the
    first and last ISO day it may mean; None for no date or one that is not ISO."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year = int(m[1])
    if m[3]:
        day = f"{m[1]}-{m[2]}-{m[3]}"
        return day, day
    if m[2]:
        month = int(m[2])
        if not 1 <= month <= 12:
            return None
        return f"{m[1]}-{m[2]}-01", _month_end(year, month).isoformat()
    return f"{m[1]}-01-01", f"{m[1]}-12-31"


def in_period(value: str | None, period: tuple[str, str]) -> bool:
    """Whether an article dated `value` may be from the period (ISO first and last day):
    a month or a year counts when it overlaps. No date never counts."""
    span = date_span(value)
    return span is not None and span[0] <= period[1] and span[1] >= period[0]


def period_label(period: tuple[str, str], lang: str) -> str:
    """'27.11.2026', 'März 2026', '2025', '23.11.–29.11.2026' (German); '27 Nov 2026',
    'March 2026', '2025', '23 Nov – 29 Nov 2026' (English)."""
    start, end = date.fromisoformat(period[0]), date.fromisoformat(period[1])
    de = lang == "de"
    names_de = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    names = (names_de if de else " ".join(calendar.month_name[1:])).split()
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.day == 1 and end == _month_end(start.year, start.month):
        return f"{names[start.month - 1]} {start.year}"

    def one(day: date, year: bool) -> str:
        if de:
            return f"{day.day}.{day.month}." + (str(day.year) if year else "")
        return f"{day.day} {calendar.month_abbr[day.month]}" + (f" {day.year}" if year else "")

    if start == end:
        return one(start, True)
    same_year = start.year == end.year
    return f"{one(start, not same_year)}{'–' if de else ' – '}{one(end, True)}"
