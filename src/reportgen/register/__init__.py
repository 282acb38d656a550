"""The register of outgoing documents (sổ đăng ký văn bản đi): the one place document numbers come from.

NĐ30 Điều 15–16: a number and symbol are unique within a year for the issuing body, never reused, taken at
issuance; the register is kept in software and printed with the columns of Phụ lục IV. The register lives in
a database (SQLite in the workspace, or a PostgreSQL server an office shares) behind ``Register``.
"""
