"""The store's schema as named migrations, applied in order and recorded in `migrations`.

Never edit a migration that has shipped: add a new one.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_foundation", """
    CREATE TABLE sources (
        file TEXT PRIMARY KEY,          -- path relative to the build folder
        root TEXT NOT NULL,             -- the folder it was built from
        format TEXT NOT NULL,
        hash TEXT NOT NULL,             -- SHA-256 of the bytes (and side file)
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        articles INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        built_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,      -- FILE or FILE#N
        file TEXT NOT NULL REFERENCES sources(file) ON DELETE CASCADE,
        position INTEGER,
        format TEXT NOT NULL,
        raw BLOB NOT NULL,              -- the input exactly as given, zlib-compressed
        source_text TEXT NOT NULL,      -- what offsets of the original point into
        text TEXT NOT NULL,             -- normalized text
        textmap TEXT NOT NULL,          -- JSON breakpoints: normalized offset -> source offset
        removed TEXT NOT NULL,          -- JSON [start, end, kind] of furniture dropped from the source
        content_hash TEXT NOT NULL,     -- SHA-256 of the normalized text
        title TEXT, outlet TEXT, byline TEXT, url TEXT, language TEXT,
        published TEXT, published_source TEXT, modified TEXT, first_seen TEXT, wire TEXT,
        candidates TEXT NOT NULL,       -- JSON: every metadata candidate with its source
        notes TEXT NOT NULL,
        captured TEXT,
        added_at TEXT NOT NULL
    );
    CREATE INDEX articles_file ON articles(file);
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE copies (
        article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        original TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,             -- exact | near
        similarity REAL NOT NULL,
        partial INTEGER NOT NULL,
        diff TEXT NOT NULL              -- JSON: what differs from the original
    );
    CREATE INDEX copies_original ON copies(original);
    CREATE TABLE inherited (            -- values a copy takes from its original
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        origin TEXT NOT NULL,           -- the article it came from
        PRIMARY KEY (article, field)
    );
    CREATE TABLE skipped (
        path TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """),
    ("0002_sources_by_root", """
    -- A file is known by its build folder and its path under it: two folders that both hold
    -- a.txt are two files (0001 keyed by the relative path only, so the second replaced the first).
    CREATE TABLE sources_new (
        root TEXT NOT NULL,             -- the build folder, absolute
        file TEXT NOT NULL,             -- path relative to root
        format TEXT NOT NULL,
        hash TEXT NOT NULL,             -- SHA-256 of the bytes (and side file)
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        articles INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        built_at TEXT NOT NULL,
        PRIMARY KEY (root, file)
    );
    INSERT INTO sources_new SELECT root, file, format, hash, size, mtime, articles, skipped, built_at FROM sources;
    CREATE TABLE articles_new (
        id TEXT PRIMARY KEY,
        root TEXT NOT NULL,
        path TEXT NOT NULL,             -- FILE or FILE#N, relative to root
        file TEXT NOT NULL,
        position INTEGER,
        format TEXT NOT NULL,
        raw BLOB NOT NULL,              -- the input exactly as given, zlib-compressed
        source_text TEXT NOT NULL,      -- what offsets of the original point into
        text TEXT NOT NULL,             -- normalized text
        textmap TEXT NOT NULL,          -- JSON breakpoints: normalized offset -> source offset
        removed TEXT NOT NULL,          -- JSON [start, end, kind] of furniture dropped from the source
        content_hash TEXT NOT NULL,     -- SHA-256 of the normalized text
        title TEXT, outlet TEXT, byline TEXT, url TEXT, language TEXT,
        published TEXT, published_source TEXT, modified TEXT, first_seen TEXT, wire TEXT,
        candidates TEXT NOT NULL,       -- JSON: every metadata candidate with its source
        notes TEXT NOT NULL,
        captured TEXT,
        added_at TEXT NOT NULL,
        UNIQUE (root, path),
        FOREIGN KEY (root, file) REFERENCES sources(root, file) ON DELETE CASCADE
    );
    INSERT INTO articles_new
        SELECT a.id, s.root, a.path, a.file, a.position, a.format, a.raw, a.source_text, a.text, a.textmap,
               a.removed, a.content_hash, a.title, a.outlet, a.byline, a.url, a.language, a.published,
               a.published_source, a.modified, a.first_seen, a.wire, a.candidates, a.notes, a.captured, a.added_at
        FROM articles a JOIN sources s ON s.file = a.file;
    CREATE TABLE skipped_new (
        root TEXT NOT NULL,
        path TEXT NOT NULL,
        file TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (root, path)
    );
    INSERT INTO skipped_new
        SELECT coalesce((SELECT root FROM sources s WHERE s.file = k.file), ''), k.path, k.file, k.reason, k.at
        FROM skipped k;
    DROP TABLE skipped;
    DROP TABLE articles;
    DROP TABLE sources;
    ALTER TABLE sources_new RENAME TO sources;
    ALTER TABLE articles_new RENAME TO articles;
    ALTER TABLE skipped_new RENAME TO skipped;
    CREATE INDEX articles_file ON articles(root, file);
    CREATE INDEX articles_path ON articles(path);
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);
    """),
    ("0003_inherited_origin_cascades", """
    -- A value a copy took from its original goes with that original: 0001 tied only the copy to
    -- articles(id), so deleting the original left the value behind, pointing at nothing.
    CREATE TABLE inherited_new (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        origin TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,  -- the article it came from
        PRIMARY KEY (article, field)
    );
    INSERT INTO inherited_new SELECT * FROM inherited WHERE origin IN (SELECT id FROM articles);
    DROP TABLE inherited;
    ALTER TABLE inherited_new RENAME TO inherited;
    """),
    ("0004_copies_generation", """
    -- Copy groups are current when copies_generation equals generation (store.copies_current);
    -- the flag this replaces could be set by one build over another's newer articles.
    DELETE FROM state WHERE key = 'copies_current';
    """),
    ("0005_skipped_whole_file", """
    -- whole_file = 1: the whole file failed at its latest build, and what is stored from it (if
    -- anything) is from an earlier version; cleared when the file is back as stored. Entries of
    -- 0004 are marked so unless they are the stored verdict of a file that gave no article.
    ALTER TABLE skipped ADD COLUMN whole_file INTEGER NOT NULL DEFAULT 0;
    UPDATE skipped SET whole_file = 1 WHERE path = file AND NOT EXISTS (
        SELECT 1 FROM sources s WHERE s.root = skipped.root AND s.file = skipped.file
        AND s.articles = 0 AND s.skipped > 0);
    """),
    ("0006_sources_stages", """
    -- The article stages with tables of their own that ran over a file ("" for all stored before
    -- stages had tables): a file stored without a stage registered since is read again.
    ALTER TABLE sources ADD COLUMN stages TEXT NOT NULL DEFAULT '';
    """),
]
