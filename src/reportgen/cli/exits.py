"""The exit codes of every ``reportgen`` command, in one table so that scripts can rely on them.

The README's "Mã thoát" section and ``reportgen check --help`` describe the same numbers; a command module
picks one of these names, never a bare number.
"""

from __future__ import annotations

EXIT_OK = 0  # thành công
EXIT_INPUT = 1  # đầu vào có lỗi (check: có lỗi thể thức)
EXIT_USAGE = 2  # dùng sai lệnh
EXIT_OUTPUT = 3  # không ghi được tệp kết quả
EXIT_UNREADABLE = 3  # check: có tệp hỏng hoặc không đọc được
EXIT_SIGNATURE_UNTRUSTED = 5  # verify-signature: chữ ký hợp lệ nhưng chứng thư không nối về gốc tin cậy
EXIT_UNEXPECTED = 4  # lỗi bất ngờ trong reportgen (chi tiết với --debug)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells and scripts expect after Ctrl+C
