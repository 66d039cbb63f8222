"""The loader refuses broken dialogues and names file, line and node for each problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import ContentInvalid
from bot.journey.loader import load_book
from bot.journey.model import STAGES
from tests.fakes import write_minimal_dialogues

REPO_DIALOGUES = Path(__file__).resolve().parents[2] / "dialogues"


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(ContentInvalid) as caught:
        load_book(folder)
    return [str(e) for e in caught.value.errors]


def edit(folder: Path, stage: str, old: str, new: str) -> Path:
    path = folder / f"{stage}.yaml"
    text = path.read_text()
    assert old in text, f"fixture does not contain {old!r}"
    path.write_text(text.replace(old, new, 1))
    return path


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_minimal_dialogues_load(tmp_path):
    book = load_book(write_minimal_dialogues(tmp_path))
    assert [s.name for s in book.stages] == list(STAGES)
    assert book.stage("lake").nodes["two"].prompt.save_as == "noticed_lake"


def test_repository_dialogues_are_valid():
    book = load_book(REPO_DIALOGUES)
    for stage in book.stages:
        assert sum(1 for n in stage.nodes.values() if n.interactive) >= 3, stage.name


@pytest.mark.parametrize(
    ("old", "new", "anchor", "node", "message"),
    [
        ("next: two", "next: nowhere", "- id: one", "one", "unknown target 'nowhere'"),
        ("    exit: ", "    exit_typo: ", "- id: four", "four", "unknown key 'exit_typo'"),
        ("  - id: three", "  - id: two", "- id: two\n", "two", "duplicate id"),
        ('label: "Go on"', 'label: "' + "x" * 81 + '"', "label: \"xxx", "one", "Discord allows 80"),
        ('say: ["The candle fades."]', 'say: ["' + "y" * 2001 + '"]', "- id: four", "four", "Discord allows 2000"),
        ("        next: four\n", "        next: three\n", "- id: three", "three", "no path from here reaches"),
        ("        action: pause", "        action: explode", "label: \"Rest\"", "one", "unknown action 'explode'"),
    ],
)
def test_each_rule_names_file_line_and_node(tmp_path, old, new, anchor, node, message):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "candle", old, new)
    found = errors_for(folder)
    anchor_line = line_of(path, anchor.strip())
    assert any(
        e.startswith(f"{path}:") and f" {node}:" in e and message in e for e in found
    ), found
    if message != "duplicate id":  # the duplicate is reported at the second occurrence
        assert any(e.startswith(f"{path}:{anchor_line}:") for e in found), (anchor_line, found)


def test_unreachable_node_is_named(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "lake", "  - id: four\n",
                "  - id: lonely\n    say: [\"alone\"]\n    next: four\n  - id: four\n")
    found = errors_for(folder)
    assert any(f"{path}:{line_of(path, 'id: lonely')}: lonely: unreachable" in e for e in found), found


def test_dead_end_without_exit(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "figure", "    exit: embrace\n", "")
    found = errors_for(folder)
    assert any("four: dead end" in e and e.startswith(str(path)) for e in found), found
    assert any("has no exit" in e for e in found), found


def test_missing_stage_file(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    (folder / "embrace.yaml").unlink()
    assert any("embrace.yaml:0: file is missing" in e for e in errors_for(folder))


def test_exit_must_go_to_next_stage(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "tunnel", "exit: candle", "exit: waking")
    assert any(str(path) in e and "exit must be 'candle'" in e for e in errors_for(folder))


def test_broken_yaml_names_line(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = folder / "abyss.yaml"
    path.write_text(path.read_text() + "  - id: [unclosed\n")
    found = errors_for(folder)
    assert any(e.startswith(f"{path}:") and "invalid YAML" in e for e in found), found


def test_yaml_tags_are_refused(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "abyss", "title: The abyss", "title: !!python/object/apply:os.system ['true']")
    assert any("invalid YAML" in e for e in errors_for(folder))


def test_too_few_beats(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "waking", "    choices:\n      - label: \"Onward\"\n        next: four\n", "    next: four\n")
    edit(folder, "waking", "        set: {last: \"waking\"}\n", "")
    assert any(str(path) in e and "interactive beats" in e for e in errors_for(folder))


def test_placeholder_never_set(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "lake", 'say: ["The lake fades."]', 'say: ["Hello {nobody}."]')
    assert any("{nobody} is never set" in e for e in errors_for(folder))


def test_every_error_is_reported_at_once(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "abyss", "next: two", "next: gone")
    edit(folder, "waking", "next: two", "next: lost")
    found = errors_for(folder)
    assert any("abyss.yaml" in e for e in found) and any("waking.yaml" in e for e in found)


def test_checkin_node_builds_the_scale_and_skip(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "abyss", "        next: two\n", "        next: ask\n")
    edit(folder, "abyss", "  - id: two\n", "  - id: ask\n    checkin: before\n    next: two\n  - id: two\n")
    node = load_book(folder).node("abyss", "ask")
    assert [c.label for c in node.choices] == [str(n) for n in range(11)] + ["Skip"]
    assert node.choices[7].sets == {"_checkin_before": "7"} and node.choices[-1].sets == {}
    assert all(c.next == "two" for c in node.choices) and "how kindly" in node.say[0].text


def test_checkin_rules(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "abyss", "  - id: two\n", "  - id: ask\n    checkin: during\n    next: two\n  - id: two\n")
    edit(folder, "abyss", "        set: {last: \"abyss\"}", "        set: {_checkin_after: \"9\"}")
    found = errors_for(folder)
    assert any(str(path) in e and "ask: `checkin` must be one of before, after" in e for e in found), found
    assert any("kept for wellspring itself" in e for e in found), found


@pytest.mark.parametrize("pause", ["31", "-1", "\"long\"", "true"])
def test_a_written_pause_is_bounded_and_named_with_file_line_and_node(tmp_path, pause):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "candle", 'say: ["candle begins."]',
                f'say:\n      - "candle begins."\n      - text: "Rest here."\n        pause: {pause}')
    found = errors_for(folder)
    line = line_of(path, 'text: "Rest here."')
    assert any(e.startswith(f"{path}:{line}: one: `pause` must be a number of seconds from 0 to 30")
               for e in found), found


def test_a_written_pause_up_to_30_seconds_is_kept_as_written(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "candle", 'say: ["candle begins."]', 'say:\n      - text: "Rest."\n        pause: 30')
    assert load_book(folder).node("candle", "one").say[0].pause == 30.0


def test_route_words_are_folded_and_may_be_phrases(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "lake", "words: [light, glow]", "words: [\"Mum's\", \"NOT alone\", glow]")
    route = load_book(folder).node("lake", "two").prompt.routes[0]
    assert route.words == {"mums", "not alone", "glow"}
