/** The complaint model: the complaint as the fold of its events, its intake data, grades, categories and plans. */
@NullMarked
package dev.complaints.core.model;

import org.jspecify.annotations.NullMarked;
