package dev.complaints.core.internal;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The fold of events into complaints, for the engine. Not API.
 *
 * <p>The fold lives in {@code dev.complaints.core.model}, beside the package-private implementation of
 * {@link Complaint}, so that no code outside that package can build a complaint state: every state is the fold of
 * events. That package installs its fold here once, when it is first used; {@link #apply} only ever folds an event
 * into a complaint, which is what {@code WorkflowEngine.apply} offers the host anyway.
 */
public final class Folding {
  private static final String FOLD_CLASS = "dev.complaints.core.model.Fold";

  private static volatile @Nullable BiFunction<@Nullable Complaint, ComplaintEvent, Complaint> fold;

  private Folding() {}

  /**
   * Applies one event.
   *
   * @param complaint the complaint before, or null for the first event
   * @param event the event
   * @return the complaint after
   * @throws IllegalArgumentException when the event does not fit the complaint
   */
  public static Complaint apply(@Nullable Complaint complaint, ComplaintEvent event) {
    BiFunction<@Nullable Complaint, ComplaintEvent, Complaint> f = fold;
    if (f == null) {
      f = load();
    }
    return f.apply(complaint, event);
  }

  /**
   * Called once by the model package's fold when it is first loaded; from anywhere else it is refused.
   *
   * @param f the fold
   * @throws IllegalStateException when the caller is not the model package's fold, or a fold is already installed
   */
  public static synchronized void install(BiFunction<@Nullable Complaint, ComplaintEvent, Complaint> f) {
    Checks.notNull(f, "fold");
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    if (!caller.getName().equals(FOLD_CLASS) || caller.getClassLoader() != Folding.class.getClassLoader()) {
      throw new IllegalStateException("the complaint fold is installed by " + FOLD_CLASS + " only");
    }
    if (fold != null) {
      throw new IllegalStateException("the complaint fold is installed once, by " + FOLD_CLASS);
    }
    fold = f;
  }

  private static BiFunction<@Nullable Complaint, ComplaintEvent, Complaint> load() {
    try {
      Class.forName(FOLD_CLASS, true, Folding.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(FOLD_CLASS + " is missing from complaint-core", e);
    }
    BiFunction<@Nullable Complaint, ComplaintEvent, Complaint> f = fold;
    if (f == null) {
      throw new IllegalStateException(FOLD_CLASS + " did not install the complaint fold");
    }
    return f;
  }
}
