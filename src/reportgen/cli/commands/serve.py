"""``serve`` (the web front end) and ``user add`` (the accounts it needs when opened to the network).

Starlette, uvicorn and the store load only when one of these commands runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from reportgen.cli.commands.build import pdf_timeout_option
from reportgen.cli.group import Group, cli, help_option
from reportgen.problems import display_path


@cli.command(
    name="serve",
    short_help="Mở trang web để soạn, kiểm tra và sinh văn bản từ trình duyệt.",
    help=(
        "Mở trang web cho cán bộ: xem mọi tệp đầu vào của thư mục làm việc, soạn bằng biểu mẫu, sinh và xem trước "
        "văn bản, nhập danh sách từ Excel, kiểm tra thể thức tệp Word. Chạy trên máy này (127.0.0.1) thì không cần "
        "đăng nhập; mở cho mạng nội bộ (--host 0.0.0.0) thì cần tài khoản tạo bằng: reportgen user add TÊN."
    ),
)
@help_option()
@click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc chứa các tệp YAML (mặc định: inputs); văn bản sinh ra ở THƯ_MỤC/outputs.",
)
@click.option("--host", default="127.0.0.1", metavar="ĐỊA_CHỈ", help="Địa chỉ lắng nghe (mặc định: 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, metavar="CỔNG", help="Cổng (mặc định: 8000).")
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Chỉ gửi cookie phiên qua HTTPS (khi chạy sau một máy chủ HTTPS).",
)
@click.option(
    "--trusted-proxy",
    multiple=True,
    metavar="ĐỊA_CHỈ",
    help="Địa chỉ máy chủ trung gian (reverse proxy) được tin khi báo địa chỉ người dùng (X-Forwarded-For).",
)
@pdf_timeout_option()
def serve_command(
    workspace: Path,
    host: str,
    port: int,
    secure_cookies: bool,
    pdf_timeout: float,
    trusted_proxy: tuple[str, ...] = (),
) -> None:
    import uvicorn

    from reportgen.web.app import Settings, create_app
    from reportgen.web.security import is_local
    from reportgen.web.share import refusal
    from reportgen.web.store import Store

    why = refusal(workspace)
    if why is not None:
        raise click.UsageError(why)
    require_login = not is_local(host)
    if require_login and not Store(workspace.resolve()).has_users():
        raise click.UsageError(
            f"mở trang web cho mạng (--host {host}) cần tài khoản; tạo trước bằng: "
            f"reportgen user add TÊN --workspace {workspace}"
        )
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.UsageError(
                f"không mở được {host}:{port} ({exc.strerror or exc}); cổng đang được dùng? Thử --port {port + 1}"
            ) from None
    settings = Settings(
        workspace,
        require_login=require_login,
        secure_cookies=secure_cookies,
        background=True,
        trusted_proxies=list(trusted_proxy),
        build_processes=max(1, (os.cpu_count() or 2) - 1),
        pdf_timeout=pdf_timeout,
    )
    app = create_app(settings)
    shown = "localhost" if is_local(host) else host
    click.echo(f"Trang web reportgen: http://{shown}:{port}/  (thư mục làm việc: {display_path(workspace)})")
    click.echo("Bấm Ctrl+C để dừng.")
    # X-Forwarded-For is read by the app itself, only from --trusted-proxy; uvicorn's own reading is off
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)


@cli.group(name="user", cls=Group, help="Quản lý tài khoản đăng nhập trang web (reportgen serve).")
@help_option()
def user_group() -> None:
    pass


@user_group.command(name="add", help="Tạo tài khoản (hoặc đặt lại mật khẩu) để đăng nhập trang web.")
@help_option()
@click.argument("ten", metavar="TÊN")
@click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc của trang web (mặc định: inputs).",
)
@click.password_option(
    "--password", prompt="Mật khẩu", confirmation_prompt="Nhập lại mật khẩu", help="Mật khẩu (hỏi khi không nêu)."
)
def user_add(ten: str, workspace: Path, password: str) -> None:
    from reportgen.web.store import Store

    if len(password) < 8:
        raise click.UsageError("mật khẩu cần ít nhất 8 ký tự")
    store = Store(workspace.resolve())
    store.add_user(ten, password)
    store.audit(ten, "tạo tài khoản", ten, "reportgen user add")
    click.echo(f"Đã tạo tài khoản {ten} cho thư mục {display_path(workspace)}.")


_WORKSPACE_OPTION = click.option(
    "--workspace",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("inputs"),
    metavar="THƯ_MỤC",
    help="Thư mục làm việc của trang web (mặc định: inputs).",
)


@user_group.command(name="remove", help="Xóa tài khoản; phiên đăng nhập của tài khoản này kết thúc ngay.")
@help_option()
@click.argument("ten", metavar="TÊN")
@_WORKSPACE_OPTION
def user_remove(ten: str, workspace: Path) -> None:
    from reportgen.web.store import Store

    store = Store(workspace.resolve())
    if not store.remove_user(ten):
        raise click.UsageError(f"không có tài khoản “{ten}” trong thư mục {display_path(workspace)}")
    store.audit(ten, "xóa tài khoản", ten, "reportgen user remove")
    click.echo(f"Đã xóa tài khoản {ten}; phiên đăng nhập của tài khoản này đã kết thúc.")


@user_group.command(
    name="disable", help="Khóa tài khoản (giữ tên trong nhật ký); phiên đăng nhập kết thúc ngay. Mở lại: user add."
)
@help_option()
@click.argument("ten", metavar="TÊN")
@_WORKSPACE_OPTION
def user_disable(ten: str, workspace: Path) -> None:
    from reportgen.web.store import Store

    store = Store(workspace.resolve())
    if not store.disable_user(ten):
        raise click.UsageError(f"không có tài khoản “{ten}” trong thư mục {display_path(workspace)}")
    store.audit(ten, "khóa tài khoản", ten, "reportgen user disable")
    click.echo(f"Đã khóa tài khoản {ten}; phiên đăng nhập của tài khoản này đã kết thúc.")
