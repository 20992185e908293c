/** Reflection checks of the library's API conventions, for the library modules' tests; not part of the SDK. */
@NullMarked
package dev.complaints.conventions;

import org.jspecify.annotations.NullMarked;
