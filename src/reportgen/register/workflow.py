"""A document's path to issue (NĐ30 Điều 10–15), as states, roles and the steps between them.

The chuyên viên drafts and submits; the lãnh đạo phòng approves the content or returns it with a comment; the
lãnh đạo approves it for signature or returns it; the văn thư gives it its number and date. A person may hold
several roles. This module only says who may take which step from which state; the web page keeps the states
and the audit log, and issuing itself is ``issue.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

CHUYEN_VIEN, LANH_DAO_PHONG, LANH_DAO, VAN_THU = "chuyen_vien", "lanh_dao_phong", "lanh_dao", "van_thu"
ROLES = {
    CHUYEN_VIEN: "Chuyên viên soạn thảo",
    LANH_DAO_PHONG: "Lãnh đạo phòng",
    LANH_DAO: "Lãnh đạo cơ quan",
    VAN_THU: "Văn thư",
}
DRAFT, RETURNED = "du_thao", "tra_lai"
AT_DIVISION, AT_LEADER, TO_ISSUE, ISSUED = "cho_duyet_phong", "cho_duyet_ky", "cho_cap_so", "da_ban_hanh"
STATES = {
    DRAFT: "Dự thảo",
    RETURNED: "Bị trả lại",
    AT_DIVISION: "Chờ lãnh đạo phòng duyệt",
    AT_LEADER: "Chờ lãnh đạo duyệt ký",
    TO_ISSUE: "Chờ văn thư cấp số",
    ISSUED: "Đã ban hành",
}


@dataclass(frozen=True)
class Step:
    name: str
    label: str  # the button and the audit log's words
    role: str
    sources: tuple[str, ...]
    target: str
    comment: bool = False  # a comment is required (a return says why)


STEPS = (
    Step("trinh", "Trình lãnh đạo phòng", CHUYEN_VIEN, (DRAFT, RETURNED), AT_DIVISION),
    Step("duyet_phong", "Duyệt nội dung, trình lãnh đạo", LANH_DAO_PHONG, (AT_DIVISION,), AT_LEADER),
    Step("tra_lai_phong", "Trả lại chuyên viên", LANH_DAO_PHONG, (AT_DIVISION,), RETURNED, comment=True),
    Step("duyet_ky", "Duyệt ký ban hành", LANH_DAO, (AT_LEADER,), TO_ISSUE),
    Step("tra_lai_ky", "Trả lại chuyên viên", LANH_DAO, (AT_LEADER,), RETURNED, comment=True),
    Step("cap_so", "Cấp số, ngày và ban hành", VAN_THU, (TO_ISSUE,), ISSUED),
)
BY_NAME = {step.name: step for step in STEPS}


class StepRefused(Exception):
    """The step is not allowed; ``status`` 403 when the person lacks the role, 409 when the state is wrong."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_step(step_name: str, state: str, roles: set[str], comment: str = "") -> Step:
    step = BY_NAME.get(step_name)
    if step is None:
        raise StepRefused(404, "Không có bước này.")
    if step.role not in roles:
        raise StepRefused(403, f"Chỉ {ROLES[step.role].lower()} được làm bước “{step.label}”.")
    if state not in step.sources:
        raise StepRefused(409, f"Văn bản đang ở bước “{STATES[state]}”, chưa thể “{step.label}”.")
    if step.comment and not comment.strip():
        raise StepRefused(400, "Khi trả lại phải ghi ý kiến: cần sửa gì.")
    return step


def steps_for(state: str, roles: set[str]) -> list[Step]:
    """The steps this person may take now, for the buttons of the page."""
    return [step for step in STEPS if state in step.sources and step.role in roles]
