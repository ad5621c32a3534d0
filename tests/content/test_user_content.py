"""The user content folder merged over the bundled knowledge base: own articles and cases load like
bundled ones (file:line problems, a broken file never stops the rest), each document knows its
origin, bundled ids stay the bundled content's, and everything keyed by the digest (the cache, the
search index) notices a change in the user folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from content.kb_cache import load_knowledge_base_cached
from content.loader import load_knowledge_base
from content.user_content import default_user_dir, load_with_user_content
from search_index.freshness import looks_fresh
from search_index.store import build_index
from tests.content.pack_helpers import CASE, make_key, pack_entries, run, snapshot, trust, write_zip

LAW_NAME = "guidance/serbia/serbian-law.md"


def own_case(folder: Path, text: str = CASE, name: str = "vineyard.md") -> Path:
    path = folder / "cases" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_user_content_case_loads_with_its_origin_and_the_bundled_content_is_untouched(
    tmp_path: Path, mini_kb_dir: Path
) -> None:
    folder = tmp_path / "u"
    own_case(folder)
    bundled = snapshot(mini_kb_dir)
    loaded = load_with_user_content(mini_kb_dir, folder)
    assert [p.format() for p in loaded.problems] == []
    case = loaded.kb.case("vineyard")
    assert case is not None and case.origin.kind == "user" and case.origin.describe("sr") == "Moj sadržaj"
    farm = loaded.kb.case("farm")
    assert farm is not None and farm.origin.kind == "bundled"
    assert loaded.kb.user_dir == folder.resolve()
    assert snapshot(mini_kb_dir) == bundled


def test_a_broken_user_file_is_reported_with_its_line_and_the_rest_still_loads(
    tmp_path: Path, mini_kb_dir: Path
) -> None:
    folder = tmp_path / "u"
    own_case(folder)
    broken = own_case(
        folder, CASE.replace("id: vineyard", "id: broken").replace("ex_low_or_no_salary", "cd_nope"), "broken.md"
    )
    loaded = load_with_user_content(mini_kb_dir, folder)
    assert [p.format(folder) for p in loaded.problems] == ["cases/broken.md:5: unknown indicator id 'cd_nope'"]
    assert loaded.kb.case("vineyard") is not None and loaded.kb.case("broken") is None
    assert broken.exists()


def test_user_content_check_names_file_and_line(
    tmp_path: Path, mini_kb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "u"
    own_case(folder)
    code, _, err = run("--content-dir", str(mini_kb_dir), "check", "--user-dir", str(folder))
    assert code == 0 and "knowledge base is clean: 3 articles, 2 cases" in err  # farm + vineyard
    own_case(folder, CASE.replace("title:", "title: [broken"), "bad.md")
    monkeypatch.chdir(folder)
    code, out, _ = run("--content-dir", str(mini_kb_dir), "check", "--user-dir", str(folder))
    assert code == 1 and out.startswith("cases/bad.md:4: malformed YAML")


def test_a_user_item_may_not_take_a_bundled_id(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder = tmp_path / "u"
    own_case(folder, CASE.replace("id: vineyard", "id: farm").replace("Grape pickers", "Mine"))
    loaded = load_with_user_content(mini_kb_dir, folder)
    assert [p.format(folder) for p in loaded.problems] == [
        "cases/vineyard.md:2: id 'farm' is already used by the bundled case farm.md: only a pack signed by a "
        "trusted key may bring a newer version of it; give this one its own id"
    ]
    farm = loaded.kb.case("farm")
    assert farm is not None and farm.title == "Pickers on a farm" and farm.origin.kind == "bundled"


def test_a_user_article_may_not_take_a_bundled_case_id(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder = tmp_path / "u"
    law = (mini_kb_dir / LAW_NAME).read_text(encoding="utf-8").replace("id: serbian-law", "id: farm")
    (folder / "guidance" / "serbia").mkdir(parents=True)
    (folder / LAW_NAME).write_text(law, encoding="utf-8")
    loaded = load_with_user_content(mini_kb_dir, folder)
    assert any("duplicate id 'farm' (also used by" in p.message for p in loaded.problems)
    assert loaded.kb.article("farm") is None


def test_default_user_folder_follows_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PREPOZNAJ_DATA_DIR", str(tmp_path / "data"))
    assert default_user_dir() == tmp_path / "data" / "content"
    monkeypatch.delenv("PREPOZNAJ_DATA_DIR")
    assert default_user_dir().name == "content" and "prepoznaj" in str(default_user_dir())


def test_user_content_changes_the_digest_the_cache_and_the_index_follow(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder, cache = tmp_path / "u", tmp_path / "cache"
    bundled = load_knowledge_base(mini_kb_dir).kb
    first = load_knowledge_base_cached(mini_kb_dir, cache, folder)
    assert first.result.kb.digest != bundled.digest  # the user folder is part of the key
    index_dir = tmp_path / "index"
    build_index(first.result.kb, index_dir)
    assert looks_fresh(index_dir, first.result.kb.digest)
    assert load_knowledge_base_cached(mini_kb_dir, cache, folder).from_cache

    own_case(folder)
    second = load_knowledge_base_cached(mini_kb_dir, cache, folder)
    assert not second.from_cache and second.result.kb.case("vineyard") is not None
    assert second.result.kb.digest != first.result.kb.digest
    assert not looks_fresh(index_dir, second.result.kb.digest)
    third = load_knowledge_base_cached(mini_kb_dir, cache, folder)
    assert third.from_cache and third.result.kb == second.result.kb
    case = third.result.kb.case("vineyard")
    assert case is not None and case.origin.kind == "user"


def official_update(tmp_path: Path, mini_kb_dir: Path) -> tuple[Path, Path]:
    key = make_key(tmp_path)
    folder = tmp_path / "u"
    trust(folder, key)
    law = (mini_kb_dir / LAW_NAME).read_text(encoding="utf-8")
    law = law.replace(
        "reviewed: 2026-11-29\n",
        'reviewed: 2026-12-07\nchanges:\n  - date: 2026-12-07\n    text_en: "Updated."\n    text_sr: "Ažurirano."\n',
    )
    pack = write_zip(tmp_path / "o.zip", pack_entries({LAW_NAME: law.encode()}, key=key, id="official"))
    code, _, err = run("--content-dir", str(mini_kb_dir), "pack", "install", str(pack), "--user-dir", str(folder))
    assert code == 0, err
    article = load_with_user_content(mini_kb_dir, folder).kb.article("serbian-law")
    assert article is not None and article.origin.updates_bundled
    return folder, folder / "packs" / "official"


def test_an_installed_pack_changed_on_disk_loses_its_trust(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder, installed = official_update(tmp_path, mini_kb_dir)
    path = installed / LAW_NAME
    path.write_text(path.read_text(encoding="utf-8").replace("Updated.", "Changed by hand."), encoding="utf-8")
    loaded = load_with_user_content(mini_kb_dir, folder)
    messages = [p.format(installed) for p in loaded.problems]
    assert f"{LAW_NAME}:1: changed since the pack was installed (its SHA-256 differs from the manifest)" in messages
    article = loaded.kb.article("serbian-law")
    assert article is not None and article.origin.kind == "bundled"  # the bundled version is back


def test_a_key_no_longer_trusted_takes_the_update_away(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder, _ = official_update(tmp_path, mini_kb_dir)
    os.remove(folder / "trusted_keys.yaml")
    loaded = load_with_user_content(mini_kb_dir, folder)
    assert any("signed by an unknown key" in p.message and "loaded as unsigned" in p.message for p in loaded.problems)
    article = loaded.kb.article("serbian-law")
    assert article is not None and article.origin.kind == "bundled"
    code, out, _ = run("--content-dir", str(mini_kb_dir), "pack", "list", "--user-dir", str(folder))
    assert code == 0 and "official\t1.0\t2026-12-07\tunsigned" in out


def test_an_unsigned_pack_case_is_marked_unsigned_everywhere(tmp_path: Path, mini_kb_dir: Path) -> None:
    folder = tmp_path / "u"
    pack = write_zip(tmp_path / "p.zip", pack_entries())
    assert (
        run(
            "--content-dir",
            str(mini_kb_dir),
            "pack",
            "install",
            str(pack),
            "--user-dir",
            str(folder),
            "--allow-unsigned",
        )[0]
        == 0
    )
    case = load_with_user_content(mini_kb_dir, folder).kb.case("vineyard")
    assert case is not None
    assert not case.origin.signed and case.origin.describe("en").endswith(", unsigned")
    assert case.origin.describe("sr").endswith(", nepotpisan")


@pytest.mark.parametrize("where", ["bundled", "user"])
def test_a_broken_trusted_keys_file_is_named_by_content_check(
    tmp_path: Path, mini_kb_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    folder = tmp_path / "u"
    folder.mkdir()
    target = mini_kb_dir if where == "bundled" else folder
    (target / "trusted_keys.yaml").write_text(
        'keys:\n  - id: office\n    name_en: "O"\n    public_key: "abc"\n', encoding="utf-8"
    )
    monkeypatch.chdir(target)
    args = ["--content-dir", str(mini_kb_dir), "check"] + (["--user-dir", str(folder)] if where == "user" else [])
    code, out, _ = run(*args)
    assert code == 1
    assert "trusted_keys.yaml:4: public_key must be 32 bytes in base64" in out.splitlines()[0]
