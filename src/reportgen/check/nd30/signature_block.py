"""The signature block and the Nơi nhận beside it, wherever staff put them: a small table (the recipients in one
cell, the signers in the others, tables nested in the Nơi nhận cell included), the signer's name typed under
that table, «Nơi nhận» typed under it, or lines laid out with tabs and spaces with the title pushed right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .docxmodel import Block, DocModel, Para, Span, TableInfo
from .drawn import is_centred
from .parts import Structure
from .roles import APPENDIX_TITLE
from .wording import PREFIX, SIGN_WORDS, is_upper

SIGN_ROWS = 6  # a signature table: titles, blank rows for the signature, names
SIGN_LEAD = 15  # leading blanks that push a line into the right half


def find_signature(model: DocModel, found: Structure, blocks: list[Block]) -> None:
    for index in range(found.body_start, len(blocks)):
        block = blocks[index]
        if isinstance(block, TableInfo) and is_signature_table(block):
            found.sig_table, found.sig_index = block, index
            _read_signature_table(found, block)
            if found.receivers_head is None:  # «Nơi nhận» typed under the signature table
                _receivers_below(found, blocks[index + 1 : index + 30])
            if found.signer and all(is_upper(s.text) for s in found.signer if s.text):
                _name_below(found, blocks[index + 1 : index + 12])
            return
        if isinstance(block, Para) and _opens_signature(block):
            found.sig_index = index
            _read_signature_text(found, blocks[index:])
            return


def _opens_signature(para: Para) -> bool:
    """A paragraph laid out by hand that starts the signature block: «Nơi nhận:» on the left, or a title with
    an authority prefix or a signer's title pushed to the right."""
    spans = para.spans
    if not spans or len(para.stripped) > 120:
        return False
    if spans[0].text.startswith("Nơi nhận"):
        return True
    right = [s for s in spans if s.side == "R" or s.lead >= SIGN_LEAD]
    return any(_signer_title(s.text) for s in right)


def _signer_title(text: str) -> bool:
    return bool(PREFIX.match(text)) or (is_upper(text) and len(text) < 60 and bool(SIGN_WORDS.search(text)))


def is_signature_table(table: TableInfo) -> bool:
    """A small table holding «Nơi nhận», an authority prefix (TM., KT. …) or a signer's title."""
    if len(table.cells) > SIGN_ROWS or not 1 <= table.columns <= 3:
        return False
    for inner in table.all_tables():
        for para in inner.paragraphs():
            for span in para.lines:
                if span.text.startswith("Nơi nhận") or _signer_title(span.text):
                    return True
    return False


def _read_signature_table(found: Structure, table: TableInfo) -> None:
    """Every cell of the table and of the tables nested in it: the one holding «Nơi nhận» gives the recipients,
    the others the signers, left to right."""
    columns: list[list[Span]] = []
    for inner in table.all_tables():
        for c in range(inner.columns):
            lines = [s for p in inner.column(c) for s in p.lines]
            if not lines:
                continue
            head = next((s for s in lines if s.text.startswith("Nơi nhận")), None)
            if head is not None and found.receivers_head is None:
                found.receivers_head = head
                found.receivers = lines[lines.index(head) + 1 :]
                others = lines[: lines.index(head)]
                if any(_signer_title(s.text) for s in others):
                    columns.append(others)
            else:
                columns.append(lines)
    found.sig_columns = [col for col in columns if any(s.text for s in col)]
    found.signer = found.sig_columns[-1] if found.sig_columns else []


def _read_signature_text(found: Structure, blocks: Sequence[Block]) -> None:
    """Lines of a signature laid out with tabs and spaces: left spans are recipients, right spans (or lines
    pushed right) belong to the signer; a recipient wrapped onto the next line stays a recipient."""
    left: list[Span] = []
    right: list[Span] = []
    blanks = 0
    for block in blocks:
        if not isinstance(block, Para):
            break
        if not block.stripped:
            blanks += 1
            if blanks > 8:
                break
            continue
        blanks = 0
        if APPENDIX_TITLE.match(block.stripped) or (block.section > 1 and block.section != blocks[0].section):
            break
        for span in block.spans:
            if span.side == "L" or (span.side == "C" and span.lead < SIGN_LEAD and not is_centred(block)):
                left.append(span)
            else:
                right.append(span)
    head = next((s for s in left if s.text.startswith("Nơi nhận")), None)
    if head is not None:
        found.receivers_head = head
        found.receivers = left[left.index(head) + 1 :]
    found.signer = right
    found.sig_columns = [right] if right else []


def _name_below(found: Structure, blocks: Sequence[Block]) -> None:
    """The signer's name typed in a paragraph under the signature table (the table holds the titles and the
    space for the signature): the first short line in name case, before any «Nơi nhận» or running text."""
    for block in blocks:
        if not isinstance(block, Para):
            return
        text = block.stripped
        if not text:
            continue
        if text.startswith("Nơi nhận") or len(text) > 60 or text.endswith((".", ";", ":")):
            return
        if not is_upper(text) and not STAMP_NOTE.match(text):
            name = block.spans[-1]
            found.signer = [*found.signer, name]
            if found.sig_columns:
                found.sig_columns[-1] = [*found.sig_columns[-1], name]
            return


STAMP_NOTE = re.compile(r"^[\[(]?\s*(đã ký|Đã ký|chữ ký|Chữ ký|ký|Ký)\b")


def _receivers_below(found: Structure, blocks: Sequence[Block]) -> None:
    for offset, block in enumerate(blocks):
        if isinstance(block, Para) and block.spans and block.spans[0].text.startswith("Nơi nhận"):
            lines: list[Span] = []
            for later in blocks[offset:]:
                if not isinstance(later, Para) or APPENDIX_TITLE.match(later.stripped):
                    break
                lines.extend(s for s in later.spans if s.side != "R")
            found.receivers_head, found.receivers = lines[0], lines[1:]
            return
