package dev.complaints.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void complainantToStringMasksNamePhoneAndEmail() {
    Complainant c = new Complainant("张三", "13812345678", "zhangsan@example.com");
    assertThat(c.toString()).isEqualTo("Complainant[name=张*, phone=138****5678, email=z***@example.com]");
    assertThat(c.masked()).isEqualTo(new Complainant("张*", "138****5678", "z***@example.com"));
  }

  @Test
  void latinNamesKeepTheInitialAndTheFamilyName() {
    assertThat(new Complainant("John Smith", null, null).masked().name()).isEqualTo("J*** Smith");
    assertThat(new Complainant("Mary", null, null).masked().name()).isEqualTo("M***");
    assertThat(new Complainant("欧阳娜娜", "+86 138-1234-5678", null).masked())
        .isEqualTo(new Complainant("欧***", "+86****5678", null));
  }

  @Test
  void complainantRejectsBlankNameAndMalformedContacts() {
    assertThatThrownBy(() -> new Complainant(" ", null, null)).hasMessage("complainant name must not be blank");
    assertThatThrownBy(() -> new Complainant(null, null, null)).hasMessage("complainant name must not be null");
    assertThatThrownBy(() -> new Complainant("A", "call me", null)).hasMessageContaining("complainant phone");
    assertThatThrownBy(() -> new Complainant("A", null, "nobody")).hasMessageContaining("name@domain");
  }

  @Test
  void gradeScaleParsesOnlyItsGradesAndEscalatesStepByStep() {
    GradeScale s = GradeScale.of(Grade.GENERAL, Grade.MAJOR);
    assertThat(s.parse("major")).isEqualTo(Grade.MAJOR);
    assertThatThrownBy(() -> s.parse("SERIOUS")).hasMessage("unknown grade code 'SERIOUS'; allowed: GENERAL, MAJOR");
    assertThatThrownBy(() -> Grade.parse("HUGE"))
        .hasMessage("unknown grade code 'HUGE'; allowed: GENERAL, SERIOUS, MAJOR, CRITICAL");
    assertThat(s.next(Grade.GENERAL)).contains(Grade.MAJOR);
    assertThat(s.next(Grade.MAJOR)).isEmpty();
    assertThat(GradeScale.DEFAULT.next(null)).contains(Grade.GENERAL);
    assertThatThrownBy(() -> GradeScale.of(Grade.MAJOR, Grade.GENERAL)).hasMessageContaining("ascending");
  }

  @Test
  void taxonomyIsHierarchicalAndNamesAllowedCodes() {
    CategoryTaxonomy mall = CategoryTaxonomy.mall();
    assertThat(mall.path("PREPAID_CARD")).containsExactly("MERCHANT_SERVICE", "PREPAID_CARD");
    assertThat(mall.isWithin("PREPAID_CARD", "MERCHANT_SERVICE")).isTrue();
    assertThat(mall.isWithin("SAFETY", "MERCHANT_SERVICE")).isFalse();
    assertThat(mall.children("MERCHANT_SERVICE"))
        .containsExactly("MERCHANT_GOODS_AFTER_SALES", "MERCHANT_CONTRACT_PAYMENT", "PREPAID_CARD");
    assertThat(mall.categories()).extracting(Category::code).containsAll(CategoryTaxonomy.RESOLUTION_24H_EXCLUDED);
    assertThatThrownBy(() -> mall.require("PARKING")).hasMessageStartingWith(
        "unknown category code 'PARKING' in taxonomy 'mall'; allowed: MERCHANT_SERVICE,");
    assertThat(CategoryTaxonomy.retail().categories()).extracting(Category::code)
        .containsExactly("PRODUCT_QUALITY", "SERVICE_ATTITUDE", "AFTER_SALES", "LOGISTICS");
  }

  @Test
  void taxonomyRejectsDuplicatesAndUnknownParents() {
    assertThatThrownBy(() -> new CategoryTaxonomy("t", List.of(Category.of("A", "a"), Category.of("A", "b"))))
        .hasMessage("taxonomy 't' lists category 'A' twice");
    assertThatThrownBy(() -> new CategoryTaxonomy("t", List.of(Category.of("B", "b", "A"))))
        .hasMessageContaining("names parent 'A', which is not listed before it");
    assertThatThrownBy(() -> Category.of("bad code", "x")).hasMessageContaining("upper-case");
  }

  @Test
  void customTaxonomyRunsWithTheEngine() {
    var custom = new CategoryTaxonomy("parking", List.of(Category.of("PARKING", "停车"),
        Category.of("PARKING.FEES", "停车费", "PARKING")));
    var engine = new dev.complaints.core.workflow.WorkflowEngine(
        dev.complaints.core.workflow.WorkflowPresets.mallTicket(), custom, GradeScale.of(Grade.GENERAL, Grade.MAJOR));
    Complaint c = engine.handle(null, dev.complaints.core.Fixtures.receive("P-1", "PARKING.FEES"));
    assertThat(c.category()).isEqualTo("PARKING.FEES");
    assertThat(c.node()).isEqualTo("ACCEPTANCE");
  }
}
