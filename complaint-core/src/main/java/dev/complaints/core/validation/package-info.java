/** Problems found in definition files, each with its JSON path. */
@NullMarked
package dev.complaints.core.validation;

import org.jspecify.annotations.NullMarked;
