"""How prompts are assembled: passages as delimited data, the answer and condense prompts.

The wording of the answer prompt is language-specific and lives in :mod:`rag.lang`
(``Language.answer_prompt``); passages given to an LLM are delimited data, never
instructions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag import lang
from rag.types import Chunk

_PASSAGE = '<passage n="{n}" title="{title}" date="{date}">\n{text}\n</passage>'


_DELIMITER = re.compile(r"<(?=\s*/?\s*(?:passages?|conversation)\b)", re.IGNORECASE)


def _data(text: str) -> str:
    """Article or user text as inert data: it cannot open or close any of the prompt's
    delimiters (``<passages>``, ``<passage ...>``, ``<conversation>``, in any case)."""
    return _DELIMITER.sub("‹", text)


def format_passages(chunks: Sequence[Chunk]) -> str:
    """Passages numbered from 1, in retrieval order."""
    return "\n\n".join(
        _PASSAGE.format(
            n=i,
            title=_data(c.title).replace('"', "'"),
            date=c.date or "",
            text=_data(c.text.strip()),
        )
        for i, c in enumerate(chunks, start=1)
    )


def answer_prompt(question: str, chunks: Sequence[Chunk], language: str) -> str:
    """The prompt that asks an LLM for a cited answer in the question's language."""
    template = lang.get(language).answer_prompt or lang.get(lang.DEFAULT).answer_prompt
    return template.format(passages=format_passages(chunks), question=_data(question))


# -- condensing a follow-up question ----------------------------------------------
_CONDENSE = """Rewrite the last question of this conversation as one standalone question that \
can be understood without the conversation: replace pronouns and vague references with the \
names, places and topics they refer to. Keep the language of the last question. If it is \
already standalone, repeat it unchanged. Reply with the question only.

<conversation>
{conversation}
</conversation>

Last question: {question}
Standalone question:"""

_ROLE = {"user": "User", "assistant": "Assistant"}


def condense_prompt(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The prompt that turns a follow-up into a standalone retrieval question."""
    lines = [f"{_ROLE.get(role, role)}: {' '.join(text.split())}" for role, text in history]
    return _CONDENSE.format(conversation=_data("\n".join(lines)), question=_data(question))
