"""The classifier reading of questions (bot.domain.topic_model) on small made-up topics."""

from __future__ import annotations

import numpy

from bot.domain.topic_model import TopicModel

HOUSING = [
    "rumah tidak layak huni syarat",
    "bantuan rumah swadaya untuk warga",
    "rtlh kriteria rumah",
    "bedah rumah warga miskin",
]
SLUMS = [
    "kawasan kumuh luas hektar",
    "penanganan kumuh kewenangan provinsi",
    "sk kumuh bupati lokasi",
    "delineasi kawasan kumuh",
]
MEETING = ["rakor tahunan jadwal", "rapat koordinasi provinsi", "undangan rakor kabupaten"]


def examples(*topics: list[str]) -> list[tuple[int, list[str], list[str]]]:
    return [
        (index, text.split(), text.split()) for index, texts in enumerate(topics) for text in texts
    ]


def best(model: TopicModel, text: str) -> int:
    return int(model.scores(text.split(), text.split()).argmax())


def test_it_tells_topics_apart_on_words_it_was_taught() -> None:
    model = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    assert best(model, "syarat bantuan rumah") == 0
    assert best(model, "kumuh 12 hektar kewenangan siapa") == 1
    assert best(model, "jadwal rakor") == 2


def test_character_pieces_survive_typos_and_glued_words() -> None:
    model = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    # Neither "kumuhh" nor "kawasankumuh" was ever seen as a word.
    assert best(model, "kawasankumuhh") == 1
    assert best(model, "rakorr") == 2


def test_two_topics_score_on_both_sides() -> None:
    model = TopicModel(examples(HOUSING, SLUMS), 2)
    scores = model.scores(["kumuh"], ["kumuh"])
    assert scores[1] > 0 > scores[0]


def test_a_topic_without_examples_never_wins() -> None:
    model = TopicModel(examples(HOUSING, [], SLUMS), 3)
    scores = model.scores(["rumah"], ["rumah"])
    assert scores[1] == -numpy.inf
    assert best(model, "kumuh") == 2


def test_one_topic_or_an_unknown_question_is_scored_without_failing() -> None:
    alone = TopicModel(examples(HOUSING), 1)
    assert alone.scores(["apa"], ["apa"]).tolist() == [0.0]
    model = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    nothing = model.scores([], ["zzzz"])
    assert numpy.isfinite(nothing).all()


def test_an_extended_model_learns_new_classes_and_keeps_the_old_weights() -> None:
    """New classes (learned FAQ entries) extend a fitted model: the old classes move to their
    new indexes with the same scores, the new one is fitted against every example."""
    base = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    # The new class goes in at index 2, the meeting class moves up to 3.
    grants = ["hibah aset provinsi ke kabupaten", "serah terima aset hibah", "aset hibah o&p"]
    added = [(2, text.split(), text.split()) for text in grants]
    model = TopicModel.extended(base, [0, 1, 3], 4, added)
    assert model is not None and model.topics == 4
    assert best(model, "serah terima hibah aset") == 2
    assert best(model, "jadwal rakor") == 3
    question = ["kumuh", "12", "hektar", "kewenangan", "siapa"]
    before, after = base.scores(question, question), model.scores(question, question)
    assert numpy.allclose(after[[0, 1, 3]], before)


def test_a_model_of_one_class_cannot_be_extended() -> None:
    base = TopicModel(examples(HOUSING), 1)
    assert TopicModel.extended(base, [0], 2, [(1, ["jadwal"], ["jadwal"])]) is None


def test_a_fit_is_kept_between_starts_and_read_back_the_same(monkeypatch, tmp_path) -> None:
    """A restart reads the saved fit instead of fitting again: the same weights; a file cut
    short is fitted again; an empty cache setting keeps nothing."""
    from bot.domain import topic_model

    monkeypatch.setenv(topic_model.CACHE_ENV, str(tmp_path))
    first = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    (saved,) = tmp_path.glob("svm-*.npz")

    def no_fit() -> None:
        raise AssertionError("fitted again although the same fit was saved")

    with monkeypatch.context() as patched:
        patched.setattr(topic_model, "_svm", no_fit)
        again = TopicModel(examples(HOUSING, SLUMS, MEETING), 3)
    question = ["syarat", "bantuan", "rumah"]
    assert numpy.array_equal(again.scores(question, question), first.scores(question, question))
    # Other examples are another fit, which replaces the old one.
    TopicModel(examples(HOUSING, SLUMS), 2)
    assert [path.name for path in tmp_path.glob("svm-*.npz")] != [saved.name]
    assert len(list(tmp_path.glob("svm-*.npz"))) == 1
    (kept,) = tmp_path.glob("svm-*.npz")
    kept.write_bytes(kept.read_bytes()[:100])  # cut short, as by a full disk
    mended = TopicModel(examples(HOUSING, SLUMS), 2)
    assert best(mended, "kumuh 12 hektar kewenangan siapa") == 1
    monkeypatch.setenv(topic_model.CACHE_ENV, "")
    for old in tmp_path.glob("svm-*.npz"):
        old.unlink()
    TopicModel(examples(HOUSING, MEETING), 2)
    assert not list(tmp_path.glob("svm-*"))


def test_the_cache_lives_where_the_user_can_write_or_nowhere(monkeypatch, tmp_path) -> None:
    from pathlib import Path

    from bot.domain import topic_model

    monkeypatch.delenv(topic_model.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert topic_model._cache_dir() == tmp_path / "sinkron"
    monkeypatch.delenv("XDG_CACHE_HOME")

    def homeless() -> Path:
        raise RuntimeError("no home directory")

    monkeypatch.setattr(Path, "home", homeless)
    assert topic_model._cache_dir() is None
