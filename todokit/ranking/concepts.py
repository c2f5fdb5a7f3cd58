"""A general table of software concepts: words that belong to one kind of work.

Where :mod:`todokit.ranking.synonyms` links words that *mean* the same thing
("db" and "database"), a concept group links words that come up in the same
kind of work without meaning the same: making something fast involves
profiling, caching, indexes and batching; making a call reliable involves
retries, backoff, timeouts and idempotency. Each group is written for
arbitrary projects (no project's vocabulary), and a match through a group
counts for less than a match through a synonym, so one concept word alone
seldom makes an item relevant; it takes a second match, a relevant parent or a
relevant section.

Every entry is one word as people write it; it is tokenized and stemmed the
same way as task text, when the table is first used.

Examples:
    >>> "backoff" in concept_terms("retry")
    True
    >>> concept_terms("banana")
    frozenset()
"""

from __future__ import annotations

from functools import cache

from todokit.ranking.synonyms import GroupIndex, read_groups, stemmed_groups

# One group per line; an indented line continues the group above it.
_CONCEPTS_TEXT = """
slow fast speed latency performance perf profile profiling profiler flamegraph bottleneck
    cache caching memoize index batch batching lazy lazyload prefetch preload precompute
    materialized throughput benchmark optimize optimise bundle minify compress gzip
    pagination paginate pool pooling
retry retries backoff jitter timeout timeouts idempotent idempotency dedupe deduplicate
    circuit fallback redelivery deadletter dlq resilience failover transient
queue worker job celery sidekiq cron scheduler background sqs rabbitmq kafka consumer
    pubsub
xss html escape escaping sanitize sanitizer innerhtml dompurify csp untrusted injection
    richtext
accessibility a11y aria wcag label contrast keyboard focus tabindex screenreader alt
    voiceover talkback announce
i18n l10n language translation translate translations locale localization localisation
    internationalization plural plurals pluralization intl gettext rtl
upgrade upgrading bump deprecation deprecated deprecate eol endoflife compatibility
    compatible breaking
release changelog version versioning semver tag publish pypi deprecation breaking
ci build pipeline runner runners shard sharding parallel parallelism matrix artifact
    workflow incremental
log logs logging print println printf structured trace tracing correlation requestid traceid span
    observability
backup backups restore snapshot dump offsite retention replica pitr wal encrypt
kubernetes k8s pod pods helm hpa autoscaling autoscaler node cluster namespace
    container manifest probe readiness liveness sigterm graceful
leakage leak training validation holdout fold crossvalidation overfit overfitting
email smtp spf dkim dmarc bounce bounces deliverability spam sender
push apns fcm notification notifications entitlement
search typo typos fuzzy levenshtein spelling autocomplete analyzer tokenizer ngram
    relevance ranking
i2c spi uart bus clock pullup sda scl watchdog dma interrupt
collision collisions physics framerate timestep tunneling rigidbody hitbox
updater autoupdate installer codesign notarize notarization squirrel sparkle msi
parser parse parsing syntax grammar lexer recovery diagnostic diagnostics ast
extension manifest mv3 serviceworker contentscript webrequest chrome firefox
export csv download xlsx spreadsheet
refactor split module modules package import imports rename reexport circular
webhook webhooks delivery deliveries signature hmac receiver payload
flaky intermittent nondeterministic race timing sleep quarantine
network connection connections connect connected disconnect disconnected disconnects
    reconnect reconnects reconnection offline online wifi uplink socket websocket tcp
    keepalive heartbeat handshake bandwidth dropout
session sessions expire expired expires expiry expiration idle ttl inactivity logout
    logged refresh cookie cookies
seo sitemap robots crawl crawler crawlers crawling google bing indexing indexed jsonld
    opengraph canonical serp
audio sound sounds sfx music volume mute mixer soundtrack playback
persist persistence persistent save saves saved reload localstorage indexeddb
    savegame preferences
theme themes theming dark palette colour colours color colors variables
combat damage attack attacks hit hits miss misses accuracy crit dodge armor hp stab
    buff buffs debuff debuffs
victory defeat win wins lose loses losing loss outcome mission missions intermission
    campaign progression
keyboard shortcut shortcuts hotkey hotkeys keybinding keybindings keymap remap mouse
    keystroke tab tabbing
motion animation animations flashing shake reduced vestibular seizure epilepsy
    colourblind colorblind
canvas render rendering draw drawing webgl svg sprite viewport
package packaging publish npm pypi wheel wheels sdist distribution registry bundle
    entrypoint
actions workflow workflows runner runners artifact artifacts matrix
dependabot renovate dependency dependencies outdated pin pinned lockfile vulnerable
exception exceptions position column offset lineno traceback diagnostic
shell terminal tty pty zsh bash fish shim symlink binary executable
process subprocess subprocesses orphan orphaned kill killed signal sigterm sigkill
    terminate quit exit zombie daemon
geojson map maps tile tiles marker markers symbol symbols layer layers coordinate
    coordinates latitude longitude projection gis
pathfinding graph edges waypoint waypoints astar navmesh
fit fitting likelihood optimizer converge convergence gradient nan nans estimate
clustering kmeans medoid medoids pam dtw distance distances similarity
solver mip milp gurobi cplex lp ilp gap heuristic incumbent
gpu cuda cupy tensor vram
firestore firebase collection
form forms input inputs field fields submit textbox textarea placeholder
table tables row rows column columns grid datagrid paging pagination offset
namespace rename renamed prefix applicationid identifier
serviceworker pwa offline installable
undo redo
secret secrets vault credential credentials rotate rotation
analytics telemetry tracking consent privacy gdpr optin
nightly daily weekly monthly dailies monthlies periodic lifecycle retention
alert alerts alerting pager oncall failure failures
seed seeds deterministic determinism reproducible rng replay
"""


CONCEPT_GROUPS: tuple[tuple[str, ...], ...] = read_groups(_CONCEPTS_TEXT)
"""The groups, each a tuple of lower-case words."""


@cache
def _concept_index() -> GroupIndex:
    """The index of the concept groups' stems, built on first use."""
    return GroupIndex(stemmed_groups(CONCEPT_GROUPS))


def concept_terms(term: str) -> frozenset[str]:
    """Return the stems of the same kind of work as ``term``, without ``term`` itself.

    The set is empty when the stem is in no concept group.

    Examples:
        >>> "cach" in concept_terms("slow")
        True
    """
    return _concept_index().related(term)


__all__ = ["CONCEPT_GROUPS", "concept_terms"]
