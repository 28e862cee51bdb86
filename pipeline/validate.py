"""Fields -> complete, or the list of what is missing (pure). Procedure Persyaratan 1.a-1.d."""

from __future__ import annotations

REQUIRED_FIELDS: tuple[str, ...] = ("name", "address", "service_description", "loss", "requested_resolution",
                                    "place", "date", "signed")
OPTIONAL_FIELDS: tuple[str, ...] = ("email", "phone", "nik")
ALL_FIELDS: tuple[str, ...] = REQUIRED_FIELDS + OPTIONAL_FIELDS

# A reply carrying at least this many required fields is a full new letter
# (the citizen re-sent the corrected letter): its values replace the old ones.
FULL_LETTER_MIN = 6


def present(key: str, value) -> bool:
    if key == "signed":
        return value is True
    return value is not None and not (isinstance(value, str) and not value.strip())


def missing_fields(fields: dict) -> list[str]:
    """The absent required keys, in the procedure's order."""
    return [k for k in REQUIRED_FIELDS if not present(k, fields.get(k))]


def is_complete(fields: dict) -> bool:
    return not missing_fields(fields)


def merge_fields(old: dict, new: dict) -> dict:
    """A citizen's reply fills the gaps of the complaint it answers.

    - a value in the reply fills a field that was absent;
    - `signed` is true when either letter was signed;
    - an existing value is kept, unless the reply is a full new letter
      (FULL_LETTER_MIN or more required fields present), in which case the
      reply's values win wherever it has them.
    """
    full = sum(present(k, new.get(k)) for k in REQUIRED_FIELDS) >= FULL_LETTER_MIN
    merged = {}
    for k in ALL_FIELDS:
        a, b = old.get(k), new.get(k)
        if k == "signed":
            merged[k] = bool(a) or bool(b)
        elif present(k, b) and (full or not present(k, a)):
            merged[k] = b
        else:
            merged[k] = a if present(k, a) else None
    for k in set(old) | set(new):
        if k not in merged:
            merged[k] = new.get(k, old.get(k))
    return merged
