"""A general table of software synonyms and abbreviations.

Each group lists words that, in a task list, usually point at the same area of
a project: "login", "auth" and "sso" all concern signing users in; "db",
"postgres" and "migration" all concern the database. The groups are kept
general on purpose (no project's vocabulary), and a match through a group
counts for less than an exact match when scoring.

Every entry is one word as people write it; it is tokenized and stemmed the
same way as task text, when the table is first used. Stemming this table and
the concepts' takes about 3 ms, 2 ms more than reading stems stored in a
generated module did: too little to keep one in step with the tables.

Examples:
    >>> sorted(related_terms("db"))[:4]
    ['alembic', 'databas', 'dynamodb', 'mariadb']
    >>> "perform" in related_terms("perf")
    True
"""

from __future__ import annotations

from functools import cache

from todokit.ranking.stemming import stem
from todokit.ranking.tokens import is_content_word, tokenize

# One group per line; an indented line continues the group above it.
_GROUPS_TEXT = """
login logout signin signon signout sso
auth authentication authn oauth oauth2 sso saml oidc openid password credential jwt 2fa
    mfa totp passwordless login signin
authorization authz permission role rbac acl privilege
signup registration register onboarding
db database sql query postgres postgresql psql mysql mariadb sqlite migration schema orm
    sqlalchemy alembic mongodb dynamodb
perf performance slow latency speed fast optimize optimise cache throughput profiling
    profiler benchmark bottleneck
test testing unittest pytest jest vitest flaky coverage e2e fixture mock qa ci
ci cd cicd pipeline jenkins circleci buildkite workflow
docs doc documentation readme guide tutorial manual docstring wiki howto quickstart
ui ux frontend page css style stylesheet layout component button screen modal dialog
    widget theme tailwind html
api endpoint route rest restful http graphql grpc rpc webhook openapi swagger
deploy deployment release rollout docker dockerfile container k8s kubernetes helm
    terraform infra infrastructure ansible prod production staging
error exception crash bug traceback stacktrace panic segfault sentry
config configuration configure settings env environment dotenv preferences yaml toml
log logging logger telemetry metrics monitoring observability tracing prometheus grafana
    datadog opentelemetry otel alerting
security vuln vulnerability cve xss csrf injection sanitize exploit csp cors pentest
    escape
i18n l10n translation translate locale localization localisation internationalization
    gettext rtl
deps dependency requirements lockfile dependabot renovate npm pip yarn pnpm poetry bump
repo repository git branch commit pr mr rebase monorepo
cli command subcommand terminal shell argparse argv tty
async asynchronous concurrency concurrent thread threading race mutex deadlock parallel
mobile ios android iphone ipad swift kotlin flutter tablet
email mail smtp mailer sendgrid mailgun newsletter inbox
notification notify push apns fcm
payment billing checkout invoice stripe subscription refund paypal charge
search elasticsearch opensearch solr lucene autocomplete typeahead fulltext fuzzy
a11y accessibility accessible aria wcag screenreader voiceover talkback
upload storage s3 bucket blob attachment
ml training inference dataset pytorch torch tensorflow sklearn gpu cuda epoch finetune
refactor refactoring cleanup restructure simplify debt legacy deduplicate
timezone tz utc datetime zoneinfo
queue worker job celery sidekiq cron scheduler background
firmware embedded mcu microcontroller gpio uart spi i2c rtos freertos bootloader
network networking dns proxy tcp udp socket websocket firewall
lint linter eslint ruff flake8 pylint prettier formatter
typing mypy pyright typecheck annotation
backup restore snapshot dump
render rendering shader opengl vulkan webgl sprite texture
export download csv xlsx
version versioning semver changelog release
env environment
repo repository
perf performance
deps dependency dependencies
k8s kubernetes
msg message
req request
res response
fn func function
var variable
arg argument param parameter
tmp temp temporary
dir directory folder
pkg package
lib library
util utility helper
admin administrator
prod production
dev development
app application
spec specification
init initialize initialise
img image
btn button
nav navigation navbar
auth authentication authorization
db database
doc docs documentation
url urls link links href uri permalink
"""


def read_groups(text: str) -> tuple[tuple[str, ...], ...]:
    """Parse a word-group table: a group per line, indented lines continuing it.

    Examples:
        >>> read_groups("a b\\n  c\\nd e\\n")
        (('a', 'b', 'c'), ('d', 'e'))
    """
    groups: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith(" ") and groups:
            groups[-1].extend(line.split())
        elif line.strip():
            groups.append(line.split())
    return tuple(tuple(group) for group in groups)


SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = read_groups(_GROUPS_TEXT)
"""The groups, each a tuple of lower-case words."""


def stemmed_groups(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Return each group's distinct stems, sorted.

    Examples:
        >>> stemmed_groups((("database", "db", "databases"),))
        (('databas', 'db'),)
    """
    return tuple(tuple(sorted({s for word in group for s in _last_stem(word)})) for group in groups)


class GroupIndex:
    """The groups each stem belongs to; a stem's relatives are worked out when first asked.

    Examples:
        >>> index = GroupIndex((("db", "databas", "sql"), ("sql", "query")))
        >>> sorted(index.related("sql")), index.related("banana")
        (['databas', 'db', 'query'], frozenset())
    """

    __slots__ = ("_groups", "_related")

    def __init__(self, groups: tuple[tuple[str, ...], ...]) -> None:
        """Index groups of stems by stem. Complexity: O(total size of the groups)."""
        self._groups: dict[str, list[frozenset[str]]] = {}
        self._related: dict[str, frozenset[str]] = {}
        for group in groups:
            members = frozenset(group)
            for term in members:
                self._groups.setdefault(term, []).append(members)

    def related(self, term: str) -> frozenset[str]:
        """The stems that share a group with ``term``, without ``term`` itself."""
        found = self._related.get(term)
        if found is None:
            found = frozenset().union(*self._groups.get(term, ())) - {term}
            self._related[term] = found
        return found


def _last_stem(word: str) -> list[str]:
    """The stem of a synonym-group entry's last content word; none when it has none."""
    # A plain lower-case word needs no splitting: its stem, if it is a content
    # word, is what tokenize() would give, without tokenize()'s regex passes.
    if word.isascii() and word.isalpha() and word.islower():
        return [stem(word)] if is_content_word(word) else []
    return tokenize(word)[-1:]


@cache
def _synonym_index() -> GroupIndex:
    """The index of the synonym groups' stems, built on first use."""
    return GroupIndex(stemmed_groups(SYNONYM_GROUPS))


def related_terms(term: str) -> frozenset[str]:
    """Return the stems that share a synonym group with a stem.

    Args:
        term: A stem as produced by :func:`todokit.ranking.tokens.tokenize`.

    Returns:
        The related stems, without ``term`` itself; empty when the term is in
        no group.

    Examples:
        >>> "login" in related_terms("auth")
        True
        >>> related_terms("banana")
        frozenset()
    """
    return _synonym_index().related(term)


__all__ = ["SYNONYM_GROUPS", "related_terms"]
