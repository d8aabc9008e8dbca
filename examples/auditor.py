# %% [markdown]
# # seidou for auditors: from a folder of PDFs to questions in pandas and SQL
#
# A notebook in jupytext's percent format (open it in Jupyter with jupytext, or run it as a script:
# `python examples/auditor.py [PDF folder] [output folder]`). It processes the sample PDFs, then asks the
# questions an auditor asks first: what was read, which CNPJs fail their check digit, which amounts are
# written out in words differently from the figures, who signed what and when.

# %%
import sys
import tempfile
from pathlib import Path

import seidou

inputs = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "raw"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "out"

# %% [markdown]
# ## 1. Process the folder (in this process; `workers=2` would use worker processes with time and memory limits)

# %%
summary = seidou.run([inputs], out, ner="targeted")
print(summary.format())

# %% [markdown]
# ## 2. Open the output folder: every table as pandas, or SQL over views named after the tables

# %%
ds = seidou.open(out)
print(ds)
files = ds.df("files")
files[["path", "pages", "status", "text_layer"]]

# %%
documents = ds.df("documents")
documents[["seq", "doc_type", "number", "date", "title"]].head(20)

# %% [markdown]
# ## 3. CNPJs that fail their check digits (kept with `valid = false`, never dropped), with their page

# %%
bad = ds.sql(
    """
    SELECT i.raw, i.value, i.page, d.title
    FROM identifiers i JOIN documents d USING (doc_id)
    WHERE i.kind = 'cnpj' AND NOT i.valid
    """
)
bad

# %% [markdown]
# ## 4. Amounts whose words (extenso) do not say the same value as the figures

# %%
ds.sql("SELECT raw, value, extenso_value, page FROM amounts WHERE extenso_match = false")

# %% [markdown]
# ## 5. Who signed, how and when

# %%
signatures = ds.sql("SELECT kind, name, cargo, signed_at FROM signatures ORDER BY signed_at NULLS LAST")
signatures

# %% [markdown]
# ## 6. The people and organizations named, most frequent first

# %%
ds.sql("SELECT label, text, count(*) AS n FROM entities GROUP BY 1, 2 ORDER BY n DESC LIMIT 15")

# %%
assert len(files) == len(files.file_sha256.unique()), "one row per input file"
assert str(files.pages.dtype) == "Int32", "integer columns stay integers"
