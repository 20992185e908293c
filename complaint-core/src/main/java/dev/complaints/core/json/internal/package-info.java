/**
 * The one JSON reading layer of the library, shared by complaint-core, complaint-sla and complaint-scoring: strict
 * text reading that reports every repeated key, a field reader for each JSON type that records problems with
 * their JSON paths instead of stopping at the first, the wording of those problems (docs/json.md) and the base
 * of every format's {@code read}/{@code problems} entry points. Not API: it may change in any release.
 */
@NullMarked
package dev.complaints.core.json.internal;

import org.jspecify.annotations.NullMarked;
