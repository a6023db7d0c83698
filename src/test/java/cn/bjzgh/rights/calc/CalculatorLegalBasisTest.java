package cn.bjzgh.rights.calc;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every provision a calculator cites has its own section in knowledge/laws/, like the
 * handbook's.
 */
class CalculatorLegalBasisTest {

	@Test
	void every_cited_article_has_a_section_in_laws() throws IOException {
		Set<String> sections = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("knowledge/laws"))) {
			for (Path f : files.toList()) {
				Files.readAllLines(f, StandardCharsets.UTF_8)
					.stream()
					.filter((l) -> l.startsWith("## "))
					.forEach((l) -> sections.add(l.substring(3).strip()));
			}
		}
		Calculators c = CalculatorFixtures.calculators();
		BigDecimal w = new BigDecimal("8000");
		LocalDate s = LocalDate.parse("2005-01-01");
		LocalDate e = LocalDate.parse("2025-11-01");
		List<CalcResult> results = new ArrayList<>();
		for (String reason : new String[] { "layoff", "art40", "employer-fault", "mutual", "expiry", "closure",
				"unlawful", "resignation", "misconduct", "renewal-refused", "part-time" }) {
			results.add(c.runUnchecked(c.find("severance").orElseThrow(),
					new SeveranceCalculator.Input(w, s, e, reason, false, null)));
		}
		results.add(c.runUnchecked(c.find("severance").orElseThrow(),
				new SeveranceCalculator.Input(new BigDecimal("1000"), s, e, "layoff", null, null)));
		results.add(c.runUnchecked(c.find("overtime").orElseThrow(),
				new OvertimeCalculator.Input(w, null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null)));
		results.add(c.runUnchecked(c.find("annual-leave").orElseThrow(), new AnnualLeaveCalculator.Input(BigDecimal.TEN,
				2026, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-10-01"), 0, w)));
		results.add(c.runUnchecked(c.find("double-wage").orElseThrow(),
				new DoubleWageCalculator.Input(LocalDate.parse("2024-01-01"), null, null, w)));
		results.add(c.runUnchecked(c.find("probation").orElseThrow(),
				new ProbationCalculator.Input("fixed", 36, w, w, null)));
		results.add(c.runUnchecked(c.find("maternity").orElseThrow(),
				new MaternityLeaveCalculator.Input("birth", 2, true)));
		results.add(c.runUnchecked(c.find("arbitration-deadline").orElseThrow(),
				new ArbitrationDeadlineCalculator.Input("general", LocalDate.parse("2026-01-01"), null)));
		for (int grade = 1; grade <= 10; grade++) {
			results.add(c.runUnchecked(c.find("disability").orElseThrow(),
					new DisabilityBenefitCalculator.Input(grade, w, grade % 2 == 0)));
		}
		results.add(c.runUnchecked(c.find("deduction").orElseThrow(),
				new DeductionCalculator.Input(w, new BigDecimal("3000"), null)));
		results
			.add(c.runUnchecked(c.find("arrears").orElseThrow(), new ArrearsCalculator.Input(w, BigDecimal.TEN, null)));
		for (CalcResult r : results) {
			assertThat(r.legalBasis()).isNotEmpty();
			for (String citation : r.legalBasis()) {
				assertThat(sections).as(r.calculator() + " cites " + citation).contains(citation);
			}
		}
	}

}
