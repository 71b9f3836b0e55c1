"""Reading offices' exports: open CSV or Excel files dependably, parse each field explicitly,
and suggest which column feeds which field. The import itself is built on top of this."""

from __future__ import annotations

from collectorpro.services.importing.addresses import parse_state, parse_zip
from collectorpro.services.importing.mapping import (
    FIELDS,
    ImportProfile,
    ProfileError,
    ResolvedMapping,
    TargetField,
    missing_required,
    profile_from_json,
    profile_from_mapping,
    profile_to_json,
    resolve_mapping,
    suggest_mapping,
)
from collectorpro.services.importing.names import combine_name, parse_name, parse_name_part
from collectorpro.services.importing.parsers import (
    FieldError,
    clean_text,
    is_blank,
    parse_date,
    parse_email,
    parse_language,
    parse_money,
    parse_phone,
)
from collectorpro.services.importing.sources import (
    ImportFileError,
    Row,
    SourceInfo,
    inspect,
    iter_rows,
)

__all__ = [
    "FIELDS",
    "FieldError",
    "ImportFileError",
    "ImportProfile",
    "ProfileError",
    "ResolvedMapping",
    "Row",
    "SourceInfo",
    "TargetField",
    "clean_text",
    "combine_name",
    "inspect",
    "is_blank",
    "iter_rows",
    "missing_required",
    "parse_date",
    "parse_email",
    "parse_language",
    "parse_money",
    "parse_name",
    "parse_name_part",
    "parse_phone",
    "parse_state",
    "parse_zip",
    "profile_from_json",
    "profile_from_mapping",
    "profile_to_json",
    "resolve_mapping",
    "suggest_mapping",
]
