"""What last year's file (``nam_truoc.tep``) cannot say of the window compared, named in a warning.

A window cut from a wider file ("6 tháng đầu năm 2022" from the 2022 year report) cannot place last year's aid
projects without an approval date, nor its partner localities dated by a year only: their comparison is left out
(``aid.flat_aid``, ``figures.figures_of``). The kind's ``warnings(model)`` sees this year's input only, so the
build tells these through ``BuildEnv.warn``, naming the file and the records, as it names this year's.
"""

from __future__ import annotations

from reportgen.kinds.bao_cao_nam.aid import status
from reportgen.kinds.bao_cao_nam.figures import own_period
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.partners import place
from reportgen.kinds.bao_cao_nam.period import Period
from reportgen.vietnamese import join_vietnamese, pad2

Warning = tuple[tuple[str | int, ...], str]
LOC: tuple[str | int, ...] = ("nam_truoc", "tep")


def last_year_gaps(before: Input, windows: list[Period], file: str, against: str) -> list[Warning]:
    """The warnings for last year's records ``before`` that no window of ``windows`` (last year's) can place;
    ``file``: the path as the user typed it; ``against``: what the report compares with ("cùng kỳ năm 2022")."""
    aid_gaps = [
        w for w in windows if any(status(p, w, own_period(before, w)) == "khong_ro" for p in before.du_an_pcpnn)
    ]
    undated = [p.ten for p in before.du_an_pcpnn if p.ngay_phe_duyet is None]
    partner_gaps = [w for w in windows if any(place(p, w) == "khong_ro" for p in before.dia_phuong_doi_tac)]
    year_only = [p for p in before.dia_phuong_doi_tac if any(place(p, w) == "khong_ro" for w in partner_gaps)]
    found: list[Warning] = []
    if aid_gaps:
        when = join_vietnamese([w.name for w in aid_gaps])
        found.append(
            (
                LOC,
                f"tệp năm trước “{file}” có {pad2(len(undated))} dự án không ghi “ngay_phe_duyet” "
                f"({_named(undated, 'dự án')}) nên không biết dự án nào thuộc {when}: số liệu viện trợ PCPNN không "
                f"được so sánh với {against}; hãy ghi ngày phê duyệt của các dự án đó trong tệp năm trước",
            )
        )
    if partner_gaps:
        when = join_vietnamese([w.name for w in partner_gaps])
        years = join_vietnamese(sorted({str(p.nam) for p in year_only}))
        found.append(
            (
                LOC,
                f"tệp năm trước “{file}” có {pad2(len(year_only))} địa phương đối tác chỉ ghi năm thiết lập {years} "
                f"({_named([p.ten for p in year_only], 'địa phương')}) nên không biết quan hệ được thiết lập trong "
                f"hay sau {when}: tổng số địa phương đối tác không được so sánh với {against}; hãy ghi "
                "“ngay_thiet_lap” (ngày/tháng/năm thiết lập quan hệ) trong tệp năm trước",
            )
        )
    return found


def _named(names: list[str], noun: str) -> str:
    """``“A”, “B” và “C”``; more than three: ``“A”, “B”, “C” và 21 dự án khác``."""
    quoted = [f"“{name}”" for name in names]
    if len(names) <= 3:
        return join_vietnamese(quoted)
    return ", ".join(quoted[:3]) + f" và {pad2(len(names) - 3)} {noun} khác"
