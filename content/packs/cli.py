"""`python -m content pack build|verify|install|list|remove|keygen|trust`.

Exit codes: 0 done; 2 the pack (or the request) was refused, with every problem on standard
error as `file-inside-the-pack:line: message`. A refused install changes nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from content.packs.problems import PackProblem

REFUSED = 2


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pack = sub.add_parser("pack", help="content packs: build, verify, install, list, remove, keygen, trust")
    actions = pack.add_subparsers(dest="pack_command", required=True)

    def user_dir(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--user-dir", type=Path, default=None, help="user content folder (default: <user data folder>/content)"
        )

    build = actions.add_parser("build", help="make a pack from DIR/guidance/<jurisdiction>/*.md and DIR/cases/*.md")
    build.add_argument("dir", type=Path)
    build.add_argument("--out", type=Path, required=True, help="the pack file to write (.zip)")
    build.add_argument("--sign", type=Path, default=None, metavar="KEYFILE", help="private key made by `pack keygen`")
    build.add_argument("--id", dest="pack_id", help="pack id (default: `id` in DIR/pack.yaml)")
    build.add_argument("--title", help="pack title (default: `title` in DIR/pack.yaml)")
    build.add_argument("--version", dest="pack_version", help="pack version like 1.0 (default: DIR/pack.yaml)")
    build.add_argument("--author", help="who made it (default: DIR/pack.yaml)")
    build.add_argument("--min-app-version", help="oldest app version that can use it (default: this one)")

    verify = actions.add_parser("verify", help="check a pack: exit 0 and a summary, or exit 2 and every problem")
    verify.add_argument("file", type=Path)
    user_dir(verify)

    install = actions.add_parser("install", help="install a pack into the user content folder (all or nothing)")
    install.add_argument("file", type=Path)
    install.add_argument(
        "--allow-unsigned", action="store_true", help="accept a pack that no trusted key signed (it can only add)"
    )
    user_dir(install)

    listing = actions.add_parser("list", help="the installed packs")
    user_dir(listing)

    remove = actions.add_parser("remove", help="remove an installed pack")
    remove.add_argument("pack_id", metavar="ID")
    user_dir(remove)

    keygen = actions.add_parser("keygen", help="make a signing key pair for an office; prints the public key")
    keygen.add_argument("--out", type=Path, required=True, help="private key file to create (keep it secret)")

    trust = actions.add_parser("trust", help="trust a public key (added to trusted_keys.yaml in the user folder)")
    trust.add_argument("public_key", help="the public key printed by `pack keygen` (base64)")
    trust.add_argument("--id", dest="key_id", required=True, help="a short name for the key, like 'nis-office'")
    trust.add_argument("--name", required=True, help="who holds the key, as shown to inspectors")
    user_dir(trust)


def _print_problems(problems: tuple[PackProblem, ...] | list[PackProblem], what: str) -> int:
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    print(f"{what}: {len(problems)} problem(s)", file=sys.stderr)
    return REFUSED


def run(args: argparse.Namespace) -> int:
    from content.user_content import default_user_dir

    content_root: Path = args.content_dir
    command = args.pack_command
    folder: Path = getattr(args, "user_dir", None) or default_user_dir()
    if command == "keygen":
        return _keygen(args.out)
    if command == "build":
        return _build(args, content_root)

    from content.packs import api

    if command == "verify":
        report = api.inspect(args.file, args.user_dir, content_root=content_root)
        if not report.ok:
            return _print_problems(report.problems, f"{args.file.name} is refused")
        print("\n".join(report.summary()))
        print(f"{args.file.name} is a valid pack")
        return 0
    if command == "install":
        try:
            report = api.install(args.file, folder, allow_unsigned=args.allow_unsigned, content_root=content_root)
        except api.PackRefusedError as refused:
            return _print_problems(refused.report.problems, f"{args.file.name} was not installed, nothing changed")
        print("\n".join(report.summary()))
        assert report.manifest is not None
        print(f"installed pack {report.manifest.id} version {report.manifest.version} into {folder}")
        return 0
    if command == "list":
        packs = api.list_installed(folder, content_root=content_root)
        for pack in packs:
            signer = f"signed by {pack.signer.name.en} ({pack.signer.id})" if pack.signer else "unsigned"
            print(f"{pack.id}\t{pack.version}\t{pack.created}\t{signer}\t{pack.documents} file(s)\t{pack.title}")
            for problem in pack.problems:
                print(f"  {problem.format()}")
        if not packs:
            print(f"no packs installed in {folder}", file=sys.stderr)
        return 0
    if command == "remove":
        try:
            removed = api.remove(args.pack_id, folder)
        except api.PackError as exc:
            print(exc, file=sys.stderr)
            return REFUSED
        print(f"removed pack {removed.id} version {removed.version} from {folder}")
        return 0
    if command == "trust":
        return _trust(args, folder)
    return REFUSED


def _keygen(out: Path) -> int:
    from content.packs.signing import fingerprint, generate_key

    try:
        public = generate_key(out)
    except FileExistsError:
        print(f"{out} exists already: a key is never overwritten", file=sys.stderr)
        return REFUSED
    except OSError as exc:
        print(f"cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return REFUSED
    import base64

    print(public)
    print(
        f"private key written to {out} (keep it secret, keep a backup); public key fingerprint "
        f"{fingerprint(base64.b64decode(public))}. Give the public key (the line above) to those who will install "
        "your packs: `python -m content pack trust KEY --id ID --name NAME`.",
        file=sys.stderr,
    )
    return 0


def _build(args: argparse.Namespace, content_root: Path) -> int:
    from content.packs import api
    from content.yaml_lines import read_yaml_file

    defaults: dict[str, object] = {}
    spec = args.dir / "pack.yaml"
    if spec.is_file():
        problems: list[str] = []
        data = read_yaml_file(spec, lambda line, message: problems.append(f"{spec}:{line}: {message}"))
        if problems or not isinstance(data, dict):
            print("\n".join(problems) or f"{spec}:1: must be a YAML mapping", file=sys.stderr)
            return REFUSED
        defaults = dict(data)
    fields = {
        "id": args.pack_id or defaults.get("id"),
        "title": args.title or defaults.get("title"),
        "version": args.pack_version or defaults.get("version"),
        "author": args.author or defaults.get("author"),
    }
    missing = [key for key, value in fields.items() if not value]
    if missing:
        print(f"missing {', '.join(missing)}: give them as options or in {spec}", file=sys.stderr)
        return REFUSED
    meta = api.PackMeta(
        id=str(fields["id"]),
        title=str(fields["title"]),
        version=str(fields["version"]),
        author=str(fields["author"]),
        created=str(defaults.get("created") or ""),
        min_app_version=str(args.min_app_version or defaults.get("min_app_version") or ""),
    )
    try:
        report = api.build_pack(args.dir, args.out, meta, key_file=args.sign, content_root=content_root)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return REFUSED
    except api.PackRefusedError as refused:
        return _print_problems(refused.report.problems, f"{args.out.name} was not written")
    print("\n".join(report.summary()))
    print(f"wrote {args.out}")
    return 0


def _trust(args: argparse.Namespace, folder: Path) -> int:
    import yaml

    from content.packs.signing import KEY_ID, TRUSTED_KEYS_FILE, decode_public_key, fingerprint

    public = decode_public_key(args.public_key)
    if public is None:
        print("not a public key: give the base64 line that `pack keygen` printed", file=sys.stderr)
        return REFUSED
    if not KEY_ID.match(args.key_id):
        print(f"key id must be lowercase kebab-case, not {args.key_id!r}", file=sys.stderr)
        return REFUSED
    path = folder / TRUSTED_KEYS_FILE
    text = path.read_text(encoding="utf-8") if path.is_file() else "keys:\n"
    if not text.endswith("\n"):
        text += "\n"
    entry = yaml.safe_dump(
        [{"id": args.key_id, "name_en": args.name, "public_key": args.public_key.strip()}],
        allow_unicode=True,
        sort_keys=False,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "".join(f"  {line}\n" for line in entry.splitlines()), encoding="utf-8")
    print(f"trusting key {args.key_id} ({fingerprint(public)}) in {path}")
    return 0
