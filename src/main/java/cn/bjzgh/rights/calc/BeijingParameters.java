package cn.bjzgh.rights.calc;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Beijing figures that change over time, from
 * {@code knowledge/parameters/beijing.yml}. A calculation for a date uses the entry in
 * force on that date; an entry whose effective date could not be confirmed
 * ({@code effective: null}) applies to every date and says so. Re-read when the file
 * changes.
 */
public class BeijingParameters {

	private final Path file;

	private volatile Loaded loaded;

	public BeijingParameters(Path file) {
		this.file = file;
	}

	/** One dated figure. */
	record Figure(String name, BigDecimal value, LocalDate effective, String publisher) {

		CalcResult.ParameterUsed used() {
			return new CalcResult.ParameterUsed(this.name, this.value,
					(this.effective == null) ? "未确认（见参数文件说明）" : this.effective.toString(), this.publisher);
		}

	}

	private record Loaded(FileTime modified, Map<String, Object> data) {
	}

	/**
	 * The monthly minimum wage in force on {@code date}, if the file has one for that
	 * date.
	 */
	Optional<Figure> minimumWage(LocalDate date) {
		return figure("minimumWage", "monthly", "北京市月最低工资标准", date);
	}

	/**
	 * The monthly minimum wage in force on {@code date}, noted in {@code out} as a figure
	 * used; when the file has none for that date, {@code out} assumes so and it is empty.
	 */
	Optional<BigDecimal> minimumWage(LocalDate date, CalcResult.Builder out) {
		Optional<Figure> minimum = minimumWage(date);
		if (minimum.isEmpty()) {
			out.assume("参数文件中没有 " + date + " 适用的北京最低工资，未与最低工资比较");
			return Optional.empty();
		}
		out.used(minimum.get().used());
		return Optional.of(minimum.get().value());
	}

	/**
	 * The severance cap: three times the average monthly wage Beijing uses for Art. 47
	 * (法人单位从业人员平均工资).
	 */
	Optional<Figure> severanceCap(LocalDate date) {
		return figure("severanceCapAverageWage", "cap", "北京市经济补偿封顶基数（上年度职工月平均工资的3倍）", date);
	}

	@SuppressWarnings("unchecked")
	private Optional<Figure> figure(String section, String key, String name, LocalDate date) {
		Object entries = data().get(section);
		if (!(entries instanceof List<?> list)) {
			return Optional.empty();
		}
		List<Figure> candidates = new ArrayList<>();
		for (Object o : list) {
			Map<String, Object> entry = (Map<String, Object>) o;
			Object value = entry.get(key);
			if (value == null) {
				continue;
			}
			LocalDate effective = toDate(entry.get("effective"));
			if (effective == null || !effective.isAfter(date)) {
				candidates.add(new Figure(name, new BigDecimal(value.toString()), effective,
						String.valueOf(entry.get("publisher"))));
			}
		}
		return candidates.stream()
			.max(Comparator.comparing((Figure f) -> (f.effective() == null) ? LocalDate.MIN : f.effective()));
	}

	private static LocalDate toDate(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> data() {
		try {
			FileTime modified = Files.getLastModifiedTime(this.file);
			Loaded current = this.loaded;
			if (current != null && current.modified().equals(modified)) {
				return current.data();
			}
			try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
				Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
				Map<String, Object> data = (parsed instanceof Map<?, ?> m) ? (Map<String, Object>) m : Map.of();
				this.loaded = new Loaded(modified, data);
				return data;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Parameters file " + this.file + " cannot be read", ex);
		}
	}

}
