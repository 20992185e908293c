package dev.complaints.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command with more than the four common fields has a builder that sets each field by name. */
class CommandBuildersTest {
  private static final Actor DESK = Actor.of("wang", "CUSTOMER_SERVICE");
  private static final Instant AT = Instant.parse("2026-10-03T11:10:00Z");

  /** The command types with more than four record components. */
  static List<Class<?>> commandsWithMoreThanFourFields() {
    return Arrays.stream(Command.class.getPermittedSubclasses())
        .filter(c -> c.getRecordComponents().length > 4).collect(Collectors.toList());
  }

  /** A valid value of a component, different from any default a builder could fall back on. */
  private static Object sample(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == String.class) {
      return c.getName() + "-value";
    } else if (t == Actor.class) {
      return DESK;
    } else if (t == Instant.class) {
      return c.getName().equals("at") ? AT : AT.minusSeconds(60);
    } else if (t == boolean.class) {
      return true;
    } else if (t == Channel.class) {
      return Channel.EMAIL;
    } else if (t == Complainant.class) {
      return new Complainant("张三", "13812345678", null);
    } else if (t == Subject.class) {
      return Subject.of("Tea House", "L2-15");
    } else if (t == Grade.class) {
      return Grade.SERIOUS;
    } else if (t == Remedy.class) {
      return Remedy.REPAIR;
    } else if (t == Duration.class) {
      return Duration.ofHours(4);
    } else if (t == NoteVisibility.class) {
      return NoteVisibility.CUSTOMER;
    } else if (t == ContactChannel.class) {
      return ContactChannel.SMS;
    } else if (t == NotificationKind.class) {
      return NotificationKind.PLAN;
    } else if (t == Satisfaction.class) {
      return Satisfaction.DISSATISFIED;
    } else if (t == List.class) {
      Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
      if (element == Remedy.class) {
        return List.of(Remedy.REFUND, Remedy.APOLOGY);
      } else if (element == CustomerNeed.class) {
        return List.of(CustomerNeed.COMPENSATION);
      }
    }
    throw new AssertionError("no sample for " + c);
  }

  private static Method setter(Class<?> builder, RecordComponent c) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(c.getName()) && m.getParameterCount() == 1
          && (m.getParameterTypes()[0] == c.getType())) {
        return m;
      }
    }
    throw new AssertionError(builder.getName() + " has no setter " + c.getName() + "(" + c.getType() + ")");
  }

  @Test
  void exactlyTheCommandsWithMoreThanFourFieldsHaveABuilder() {
    List<String> withBuilder = new ArrayList<>();
    for (Class<?> c : Command.class.getPermittedSubclasses()) {
      boolean has = Arrays.stream(c.getMethods()).anyMatch(m -> m.getName().equals("builder")
          && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
      if (has) {
        withBuilder.add(c.getSimpleName());
      }
    }
    assertThat(withBuilder).hasSize(25).containsExactlyInAnyOrderElementsOf(
        commandsWithMoreThanFourFields().stream().map(Class::getSimpleName).collect(Collectors.toList()));
    assertThat(withBuilder).doesNotContain("AcceptComplaint", "ApproveExtension", "ConfirmPlan", "ResumeClock");
  }

  @ParameterizedTest
  @MethodSource("commandsWithMoreThanFourFields")
  void eachSetterSetsItsOwnFieldAndBuildEqualsTheCanonicalConstructor(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object builder = type.getMethod("builder").invoke(null);
    assertThat(builder).isInstanceOf(CommandBuilder.class);
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = sample(components[i]);
      types[i] = components[i].getType();
      setter(builder.getClass(), components[i]).invoke(builder, values[i]);
    }
    Object built = builder.getClass().getMethod("build").invoke(builder);
    Object expected = type.getDeclaredConstructor(types).newInstance(values);
    assertThat(built).isEqualTo(expected);
    for (int i = 0; i < components.length; i++) {
      assertThat(components[i].getAccessor().invoke(built)).as(components[i].getName()).isEqualTo(values[i]);
    }
  }

  @Test
  void receiveComplaintReadsByName() {
    ReceiveComplaint built = ReceiveComplaint.builder()
        .common("cmd-1", "C-1001", DESK, AT)
        .channel(Channel.PHONE)
        .complainant(new Complainant("张三", "13812345678", "zhangsan@example.com"))
        .subject(Subject.of("Tea House", "L2-15"))
        .category("PREPAID_CARD")
        .description("Prepaid card not honoured")
        .remediesSought(Remedy.REFUND)
        .needs(CustomerNeed.COMPENSATION)
        .orgUnit("plaza-01")
        .build();
    assertThat(built).isEqualTo(new ReceiveComplaint("cmd-1", "C-1001", DESK, AT, Channel.PHONE,
        new Complainant("张三", "13812345678", "zhangsan@example.com"), null, Subject.of("Tea House", "L2-15"),
        "PREPAID_CARD", "Prepaid card not honoured", List.of(Remedy.REFUND), List.of(CustomerNeed.COMPENSATION),
        "plaza-01", null));
  }

  @Test
  void commonSetsTheSameFourFieldsAsTheirOwnSetters() {
    Dispatch one = Dispatch.builder().common("cmd-4", "C-1", DESK, AT).department("merchant-relations").build();
    Dispatch other = Dispatch.builder().at(AT).actor(DESK).complaintId("C-1").commandId("cmd-4")
        .department("merchant-relations").build();
    assertThat(one).isEqualTo(other);
    assertThat(one.commandId()).isEqualTo("cmd-4");
    assertThat(one.complaintId()).isEqualTo("C-1");
    assertThat(one.actor()).isEqualTo(DESK);
    assertThat(one.at()).isEqualTo(AT);
    assertThat(one.assignee()).isNull();
  }

  @Test
  void unsetListsAreEmptyAndUnsetFlagsFalse() {
    ReceiveComplaint r = ReceiveComplaint.builder().common("cmd-1", "C-1", DESK, AT).channel(Channel.ON_SITE)
        .complainant(Complainant.of("李四")).subject(Subject.of("shop", null)).category("SAFETY")
        .description("wet floor").build();
    assertThat(r.remediesSought()).isEmpty();
    assertThat(r.needs()).isEmpty();
    assertThat(r.receivedAt()).isNull();
    assertThat(r.grade()).isNull();
    RecordReturnVisit v = RecordReturnVisit.builder().common("cmd-9", "C-1", DESK, AT)
        .result(Satisfaction.DISSATISFIED).build();
    assertThat(v.escalate()).isFalse();
  }

  @Test
  void buildNamesTheMissingOrBlankField() {
    ReceiveComplaint.Builder b = ReceiveComplaint.builder().common("cmd-1", "C-1", DESK, AT)
        .complainant(Complainant.of("李四")).subject(Subject.of("shop", null)).category("SAFETY")
        .description("wet floor");
    assertThatThrownBy(b::build).isInstanceOf(NullPointerException.class)
        .hasMessage("ReceiveComplaint.channel must not be null");
    assertThatThrownBy(() -> ReceiveComplaint.builder().build()).isInstanceOf(NullPointerException.class)
        .hasMessage("ReceiveComplaint.commandId must not be null");
    assertThatThrownBy(() -> b.channel(Channel.PHONE).category(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ReceiveComplaint.category must not be blank");
    assertThatThrownBy(() -> DraftPlan.builder().common("cmd-5", "C-1", DESK, AT).remedy(Remedy.REFUND)
        .owner("zhao").description("refund").build())
        .isInstanceOf(NullPointerException.class).hasMessage("DraftPlan.due must not be null");
    assertThatThrownBy(() -> RequestExtension.builder().common("cmd-6", "C-1", DESK, AT)
        .amount(Duration.ZERO).reason("waiting for the tenant").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("RequestExtension.amount must be positive, was PT0S");
  }

  @Test
  void aDecisionFlagWithoutDefaultMustBeSet() {
    assertThatThrownBy(() -> RecordCustomerResponse.builder().common("cmd-7", "C-1", DESK, AT).build())
        .isInstanceOf(NullPointerException.class).hasMessage("RecordCustomerResponse.agreed must not be null");
    assertThatThrownBy(() -> RecordInvestigation.builder().common("cmd-8", "C-1", DESK, AT).opinion("ok").build())
        .isInstanceOf(NullPointerException.class).hasMessage("RecordInvestigation.substantiated must not be null");
    assertThatThrownBy(() -> RecordCustomerResponse.builder().common("cmd-7", "C-1", DESK, AT).agreed(false).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RecordCustomerResponse.reason (required when the customer disagrees) must not be null");
    assertThat(RecordCustomerResponse.builder().common("cmd-7", "C-1", DESK, AT).agreed(true).build().reason())
        .isNull();
  }

  @Test
  void aBuilderBuildsFromItsValuesAtEachCallAndLaterChangesLeaveBuiltCommandsAlone() {
    AssignGrade.Builder b = AssignGrade.builder().common("cmd-3", "C-1", DESK, AT).grade(Grade.GENERAL);
    AssignGrade first = b.build();
    AssignGrade second = b.grade(Grade.MAJOR).commandId("cmd-3b").build();
    assertThat(first).isEqualTo(new AssignGrade("cmd-3", "C-1", DESK, AT, Grade.GENERAL));
    assertThat(second).isEqualTo(new AssignGrade("cmd-3b", "C-1", DESK, AT, Grade.MAJOR));
    List<Remedy> remedies = new ArrayList<>(List.of(Remedy.REFUND));
    ReceiveComplaint r = ReceiveComplaint.builder().common("cmd-1", "C-1", DESK, AT).channel(Channel.PHONE)
        .complainant(Complainant.of("李四")).subject(Subject.of("shop", null)).category("SAFETY")
        .description("wet floor").remediesSought(remedies).build();
    remedies.add(Remedy.APOLOGY);
    assertThat(r.remediesSought()).containsExactly(Remedy.REFUND);
  }
}
