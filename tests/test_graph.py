"""`wellspring graph` draws every node, stage and exit, and highlights exactly the broken nodes."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml

from bot.graph import analyse, to_dot, to_mermaid
from bot.journey.loader import load_stages
from bot.journey.model import STAGES, Choice, Line, Node, Prompt, Route, Stage

REPO_DIALOGUES = Path(__file__).resolve().parents[1] / "dialogues"
HAVE_DOT = shutil.which("dot") is not None
needs_graphviz = pytest.mark.skipif(not HAVE_DOT, reason="Graphviz `dot` is not installed (apt-get install graphviz)")
DOT_NODE = re.compile(r'^\s*"([^"]+)" \[.*?class="([^"]*)"', re.M)
MERMAID_CLASS = re.compile(r"^\s*class (\S+) (\w+)$", re.M)


@pytest.fixture(scope="module")
def real():
    stages, problems = load_stages(REPO_DIALOGUES)
    assert len(stages) == len(STAGES), problems
    return stages, problems


def every_node(stages):
    return [(stage, node) for stage in stages for node in stage.nodes.values()]


def graph(*args: str, cwd: Path | None = None, path: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "bot", "graph", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd or Path.cwd(), env=env, timeout=120)


def broken_folder(tmp_path: Path) -> Path:
    """The real dialogues plus an unreachable node, a node with no way on and a loop with no way out."""
    folder = tmp_path / "dialogues"
    shutil.copytree(REPO_DIALOGUES, folder)
    abyss_path, candle_path = folder / "abyss.yaml", folder / "candle.yaml"
    abyss = yaml.safe_load(abyss_path.read_text(encoding="utf-8"))
    first = next(n for n in abyss["nodes"] if n["id"] == abyss["start"])
    first.pop("next", None)
    first.setdefault("choices", []).append({"label": "Walk into the wall", "next": "stuck_node"})
    abyss["nodes"] += [{"id": "orphan_node", "say": ["Nobody ever \"arrives\" here."], "next": abyss["start"]},
                       {"id": "stuck_node", "say": ["There is no way on from here."]}]
    abyss_path.write_text(yaml.safe_dump(abyss, allow_unicode=True, sort_keys=False), encoding="utf-8")
    candle = yaml.safe_load(candle_path.read_text(encoding="utf-8"))
    first = next(n for n in candle["nodes"] if n["id"] == candle["start"])
    first.setdefault("choices", []).append({"label": "Round and round", "next": "loop_a"})
    candle["nodes"] += [{"id": "loop_a", "say": ["Round."], "choices": [{"label": "again", "next": "loop_b"}]},
                        {"id": "loop_b", "say": ["And round."], "choices": [{"label": "again", "next": "loop_a"}]}]
    candle_path.write_text(yaml.safe_dump(candle, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


BROKEN = {"unreachable": {"abyss/orphan_node"}, "dead_end": {"abyss/stuck_node", "candle/loop_a", "candle/loop_b"}}


def test_dot_names_every_node_and_every_stage(real):
    source = to_dot(*real)
    for stage, node in every_node(real[0]):
        assert f'"{stage.name}/{node.id}" [' in source
        assert f"<B>{node.id}</B>" in source
    for stage in real[0]:
        assert f'subgraph "cluster_{stage.name}"' in source
        assert f'label="{stage.number}. {stage.title}"' in source


def test_mermaid_names_every_node_and_every_stage(real):
    source = to_mermaid(*real)
    assert "flowchart TB" in source
    for stage, node in every_node(real[0]):
        assert re.search(rf'^    {stage.name}__{node.id}\["<b>{node.id}</b>', source, re.M), node.id
    for stage in real[0]:
        assert f'subgraph stage_{stage.name}["{stage.number}. {stage.title}"]' in source


def test_exits_are_edges_from_exit_node_to_next_stage_start(real):
    stages = real[0]
    source, text = to_dot(*real), to_mermaid(*real)
    for stage, after in zip(stages, list(stages[1:]) + [None], strict=False):
        for node in (n for n in stage.nodes.values() if n.exit):
            target = f"{after.name}/{after.start}" if after else "end"
            assert re.search(rf'"{stage.name}/{node.id}" -> "{target}" \[.*class="exit"', source)
            mermaid_target = target.replace("/", "__") if after else "n_end"
            assert f"{stage.name}__{node.id} ==>|\"exit\"| {mermaid_target}" in text


def test_edges_are_labelled_by_how_the_person_moves_on(real):
    source = to_dot(*real)
    stage, node = next((s, n) for s, n in every_node(real[0]) if n.prompt and n.prompt.routes)
    route = node.prompt.routes[0]
    assert re.search(rf'"{stage.name}/{node.id}" -> "{stage.name}/{route.next}" \[.*label="answer: {route.label}"',
                     source)
    assert re.search(rf'"{stage.name}/{node.id}" -> "{stage.name}/{node.prompt.default}" \[.*'
                     r'label="any other answer"', source)
    stage, node = next((s, n) for s, n in every_node(real[0]) if n.next)
    assert re.search(rf'"{stage.name}/{node.id}" -> "{stage.name}/{node.next}" \[.*style="dashed", class="next"',
                     source)
    stage, node = next((s, n) for s, n in every_node(real[0]) if any(c.action == "pause" for c in n.choices))
    assert f'"{stage.name}/{node.id}" -> "{stage.name}/{node.id}/(pause)"' in source
    assert "Legend" in source and "Legend" in to_mermaid(*real)


def test_the_real_dialogues_have_nothing_highlighted(real):
    source = to_dot(*real)
    assert not [key for key, classes in DOT_NODE.findall(source) if {"unreachable", "dead_end"} & set(classes.split())]


def test_broken_folder_highlights_exactly_the_broken_nodes(tmp_path):
    stages, problems = load_stages(broken_folder(tmp_path))
    assert {"orphan_node", "stuck_node", "loop_a"} <= {p.node for p in problems}
    by_name = {s.name: s for s in stages}
    assert analyse(by_name["abyss"]) == ({"orphan_node"}, {"stuck_node"})
    assert analyse(by_name["candle"]) == (set(), {"loop_a", "loop_b"})
    classes = {key: set(found.split()) for key, found in DOT_NODE.findall(to_dot(stages, problems))}
    for kind, keys in BROKEN.items():
        assert {key for key, found in classes.items() if kind in found} == keys
    members: dict[str, set[str]] = {}
    for nodes, kind in MERMAID_CLASS.findall(to_mermaid(stages, problems)):
        members.setdefault(kind, set()).update(n for n in nodes.split(",") if not n.startswith("legend_"))
    for kind, keys in BROKEN.items():
        assert members[kind] == {key.replace("/", "__") for key in keys}


def nasty_stage() -> Stage:
    text = 'ünï ✨ "hi" [ok] {figure} \\N <b>x</b> & | # ; `t` —\nsecond line'
    one = Node("one", "abyss", (Line(text),), choices=(
        Choice('Say "yes" [now] | {figure} <3 & a very long label indeed', next="two"),
        Choice("Not now", action="pause")))
    two = Node("two", "abyss", (Line("{figure}?"),), prompt=Prompt(
        (Route('w"ork|<x>', frozenset({"work"}), "one"),), default="three"))
    three = Node("three", "abyss", (Line("Done."),), exit="tunnel")
    return Stage("abyss", 1, 'The "abyss" [test]', "one", MappingProxyType({"one": one, "two": two, "three": three}))


def test_dot_escapes_quotes_brackets_braces_and_unicode():
    source = to_dot([nasty_stage()])
    assert "ünï ✨ &quot;hi&quot; &#91;ok&#93; {figure} \\\\N &lt;b&gt;x&lt;/b&gt; &amp; | # ; `t` —" in source.replace(
        "<BR/>", " ")
    assert 'label="Say \\"yes\\" [now] | {figure} <3…"' in source  # cut to 30 characters
    assert 'label="answer: w\\"ork|<x>"' in source
    assert 'label="1. The \\"abyss\\" [test]"' in source
    assert "second line" not in source  # only the start of the first line is shown


def test_mermaid_escapes_quotes_brackets_braces_and_unicode():
    source = to_mermaid([nasty_stage()])
    for line in source.splitlines():
        labels = re.findall(r'"(.*?)"', line)
        for label in labels:
            bare = re.sub(r"#\w+;", "", re.sub(r"</?(b|small|br/)>", "", label))
            assert not set(bare) & set('"<>|`;#'), line
    shown = source.replace("</small><br/><small>", " ")
    assert "ünï ✨ #quot;hi#quot; [ok] {figure} #92;N #lt;b#gt;x#lt;/b#gt; #amp; #124; #35; #59; #96;t#96; —" in shown
    assert "answer: w#quot;ork#124;#lt;x#gt;" in source


@needs_graphviz
def test_graphviz_accepts_the_escaped_dot(tmp_path):
    svg = subprocess.run(["dot", "-Tsvg"], input=to_dot([nasty_stage()]), capture_output=True, text=True,
                         encoding="utf-8", check=True).stdout
    assert "ünï ✨ &quot;hi&quot; [ok] {figure} \\N" in svg and "&lt;b&gt;x&lt;/b&gt; &amp; | # ; `t` —" in svg
    assert "Say &quot;yes&quot; [now] | {figure} &lt;3…" in svg


def test_cli_writes_mermaid_to_stdout():
    done = graph("--format", "mermaid", "--dialogues", str(REPO_DIALOGUES))
    assert done.returncode == 0, done.stderr
    stages, _ = load_stages(REPO_DIALOGUES)
    assert done.stdout.startswith("---\ntitle:") and "flowchart TB" in done.stdout
    for _stage, node in every_node(stages):
        assert f"<b>{node.id}</b>" in done.stdout


def test_cli_writes_dot_to_the_out_file(tmp_path):
    out = tmp_path / "trees.dot"
    done = graph("--out", str(out), "--dialogues", str(REPO_DIALOGUES))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out}")
    assert out.read_text(encoding="utf-8").startswith("digraph dialogues {")


def test_cli_draws_a_broken_folder_and_reports_its_problems(tmp_path):
    folder = broken_folder(tmp_path)
    (folder / "figure.yaml").unlink()
    done = graph("--format", "dot", "--dialogues", str(folder))
    assert done.returncode == 0
    assert "orphan_node: unreachable" in done.stderr and "figure.yaml:0: file is missing" in done.stderr
    classes = {key: set(found.split()) for key, found in DOT_NODE.findall(done.stdout)}
    assert {k for k, c in classes.items() if "unreachable" in c} == BROKEN["unreachable"]
    assert "missing" in classes["(stage)/figure"]  # the lake's exit leads to a stage that could not be drawn


def test_cli_exits_1_when_nothing_can_be_drawn(tmp_path):
    done = graph("--format", "mermaid", "--dialogues", str(tmp_path))
    assert done.returncode == 1 and done.stdout == ""
    assert "nothing to draw" in done.stderr


def test_without_graphviz_images_fall_back_to_mermaid(tmp_path):
    done = graph("--format", "png", "--out", str(tmp_path / "trees.png"), "--dialogues", str(REPO_DIALOGUES),
                 path=str(tmp_path))  # a PATH on which there is no `dot`
    assert done.returncode == 0, done.stderr
    assert "apt-get install graphviz" in done.stderr and "Mermaid" in done.stderr
    assert not (tmp_path / "trees.png").exists()
    assert "flowchart TB" in (tmp_path / "trees.mmd").read_text(encoding="utf-8")
    default = graph("--dialogues", str(REPO_DIALOGUES), path=str(tmp_path))
    assert default.returncode == 0 and "flowchart TB" in default.stdout


def read_png(data: bytes) -> tuple[int, int, bytes]:
    """Decode a PNG far enough to trust it: signature, IHDR, checksums, inflated pixel rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        assert struct.unpack(">I", data[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + body)
        chunks.append((kind, body))
        at += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert interlace == 0
    pixels = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    assert len(pixels) == height * (1 + (width * channels * depth + 7) // 8)
    return width, height, pixels


@needs_graphviz
def test_png_is_a_real_image(tmp_path):
    out = tmp_path / "trees.png"
    done = graph("--format", "png", "--out", str(out), "--dialogues", str(REPO_DIALOGUES))
    assert done.returncode == 0, done.stderr
    width, height, pixels = read_png(out.read_bytes())
    assert width > 500 and height > 500
    assert len(set(pixels)) > 16  # not a blank canvas


@needs_graphviz
def test_svg_names_every_node_and_lands_in_the_current_folder(tmp_path, real):
    done = graph("--dialogues", str(REPO_DIALOGUES), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    svg = (tmp_path / "dialogue-graph.svg").read_text(encoding="utf-8")
    assert "dialogue-graph.svg" in done.stdout
    for _stage, node in every_node(real[0]):
        assert f">{node.id}</text>" in svg, node.id
    for stage in real[0]:
        assert f">{stage.number}. {stage.title}</text>" in svg


@needs_graphviz
def test_svg_of_a_broken_folder_marks_the_broken_nodes(tmp_path):
    out = tmp_path / "broken.svg"
    done = graph("--out", str(out), "--dialogues", str(broken_folder(tmp_path)))
    assert done.returncode == 0, done.stderr
    svg = out.read_text(encoding="utf-8")
    assert '<g id="abyss/orphan_node" class="node unreachable">' in svg
    assert '<g id="abyss/stuck_node" class="node dead_end">' in svg
    assert svg.count("class=\"node unreachable\"") == 1 and svg.count("class=\"node dead_end\"") == 3
