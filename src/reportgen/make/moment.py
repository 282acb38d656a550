"""The one time a build puts into its documents, so that an unchanged input gives byte-identical files.

``SOURCE_DATE_EPOCH`` (the reproducible-builds convention, for scripts and archives) when it is set; else the
time the input file was last saved: a document rebuilt from an untouched input carries the same time (and the
same bytes), a document built from an edited input the time of that edit, which is when its content was
decided. A render without an input file (a template check) takes the current time. Zip entry dates and the
document's created/modified properties (``properties``) all come from here.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the earliest date a zip entry can hold


def document_time(source: Path | None) -> datetime:
    """When the document's content was decided, in UTC, whole seconds (see the module docstring)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(datetime.fromtimestamp(int(epoch), UTC), _ZIP_EPOCH)
    if source is not None:
        try:
            return max(datetime.fromtimestamp(int(source.stat().st_mtime), UTC), _ZIP_EPOCH)
        except OSError:
            pass
    return datetime.now(UTC).replace(microsecond=0)


def zip_date(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """The date of every zip entry of the document (zip dates are naive: UTC is as good as any)."""
    moment = max(moment.astimezone(UTC), _ZIP_EPOCH)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
