"""``hyoka users add|list|remove|role|authorized-keys``: the people of a shared server.

Each person is a name, a role and one SSH public key (a key belongs to one person). OpenSSH
authenticates them; ``users authorized-keys`` writes the lines that tie each key to
``hyoka --db DB session NAME`` (README, "A shared server for a bureau"). Administration is
done on the server outside a session: a session may not run ``users``.
"""

from __future__ import annotations

import argparse
import sys

from models.i18n import tr
from tui.cli.common import EXIT_OK, Refused, database_target, on_store

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (hyoka --help)
if TYPE_CHECKING:
    from models.store.store import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "users",
        help=tr(
            "共有サーバーの利用者（SSH 鍵と役割）", "people of a shared server (SSH keys, roles)"
        ),
        description=tr(
            "共有サーバーの利用者を SSH 公開鍵と役割（evaluator・reviewer・reader）で管理し、"
            "OpenSSH の authorized_keys を書き出します。",
            "Manage the people of a shared server by SSH public key and role (evaluator, "
            "reviewer, reader) and write OpenSSH's authorized_keys.",
        ),
    )
    add_common(parser)
    what = parser.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = what.add_parser("add", help=tr("利用者を加える", "add a person"))
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--key", required=True, metavar="FILE.pub", help=tr("SSH 公開鍵", "SSH public key")
    )
    add.add_argument(
        "--role",
        default="evaluator",
        choices=("evaluator", "reviewer", "reader"),
        help=tr("役割（既定: evaluator）", "role (default: evaluator)"),
    )
    what.add_parser("list", help=tr("利用者の一覧", "list the people"))
    remove = what.add_parser("remove", help=tr("利用者を除く", "remove a person"))
    remove.add_argument("name", metavar="NAME")
    role = what.add_parser("role", help=tr("役割を変える", "change a person's role"))
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=("evaluator", "reviewer", "reader"), metavar="ROLE")
    keys = what.add_parser(
        "authorized-keys",
        help=tr("OpenSSH の authorized_keys を書き出す", "write OpenSSH's authorized_keys"),
    )
    keys.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=tr("書き出し先（既定: 標準出力）", "where to write (default: stdout)"),
    )
    for each in (add, remove, role, keys):
        add_common(each)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from models.bureau.people import PeopleError

    job = {
        "add": _add,
        "list": _list,
        "remove": _remove,
        "role": _role,
        "authorized-keys": _keys,
    }[args.users_command]
    return on_store(
        args,
        lambda store: job(store, args),
        create=args.users_command == "add",
        write=args.users_command in ("add", "remove", "role"),
        refusals=(PeopleError, OSError),
    )


def _add(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from models.bureau.people import parse_public_key

    try:
        text = Path(args.key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused(f"{args.key}: {exc}") from None
    person = store.add_person(args.name, parse_public_key(text), args.role)
    print(
        tr(
            "加えました: {name}（{role}、{fp}）",
            "added {name} ({role}, {fp})",
            name=person.name,
            role=person.role,
            fp=person.key.fingerprint,
        )
    )
    return EXIT_OK


def _list(store: Store, args: argparse.Namespace) -> int:
    people = store.people()
    if not people:
        print(tr("利用者はいません（hyoka users add）", "no people yet (hyoka users add)"))
    for person in people:
        print(f"{person.name}\t{person.role}\t{person.key.fingerprint}\t{person.added_at}")
    return EXIT_OK


def _remove(store: Store, args: argparse.Namespace) -> int:
    store.remove_person(args.name)
    print(tr("除きました: {name}", "removed {name}", name=args.name))
    return EXIT_OK


def _role(store: Store, args: argparse.Namespace) -> int:
    store.set_role(args.name, args.role)
    print(tr("{name} の役割: {role}", "{name} is now a {role}", name=args.name, role=args.role))
    return EXIT_OK


def hyoka_command() -> list[str]:
    """How OpenSSH should start this hyoka: the console script beside the running Python
    (a virtual environment's or pipx's bin), else this Python running hyoka's main module."""
    from pathlib import Path

    script = Path(sys.argv[0]).resolve()
    if script.name == "hyoka" and script.is_file():
        return [str(script)]
    beside = Path(sys.executable).parent / "hyoka"
    if beside.is_file():
        return [str(beside.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "tui.cli.main"]


def _database(args: argparse.Namespace) -> str:
    from pathlib import Path

    from models.locations import is_url

    target = database_target(args)
    return target if is_url(target) else str(Path(target).expanduser().resolve())


def _keys(store: Store, args: argparse.Namespace) -> int:
    from pathlib import Path

    from models.bureau.people import authorized_line
    from models.services.atomic_file import write_atomic

    command, db = hyoka_command(), _database(args)
    text = "".join(authorized_line(p, command, db) + "\n" for p in store.people())
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    write_atomic(Path(args.output), text.encode(), replace=True)
    print(
        tr(
            "{n} 人分を書きました: {file}",
            "wrote {n} people's keys to {file}",
            n=len(store.people()),
            file=args.output,
        ),
        file=sys.stderr,
    )
    return EXIT_OK
