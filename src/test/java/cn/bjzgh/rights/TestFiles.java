package cn.bjzgh.rights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Files for tests and benchmarks that run more than one instance. */
public final class TestFiles {

	private TestFiles() {
	}

	/**
	 * Copies a folder (the knowledge, or a committed Lucene index for another instance),
	 * without a Lucene {@code write.lock}.
	 */
	public static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else if (!p.getFileName().toString().equals("write.lock")) {
					Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

}
