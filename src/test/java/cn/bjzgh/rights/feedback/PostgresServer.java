package cn.bjzgh.rights.feedback;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests, started from the Debian {@code postgresql}
 * package's binaries (installed by {@code .ci/run}) in a temporary directory on a free
 * loopback port. Runs the server as the {@code postgres} user when the test runs as root,
 * as initdb requires.
 */
final class PostgresServer implements AutoCloseable {

	final int port;

	private final Path dir;

	private final Path bin;

	private final boolean root;

	PostgresServer() throws IOException, InterruptedException {
		this.bin = findBin();
		this.root = "root".equals(System.getProperty("user.name"));
		this.dir = Files.createTempDirectory("pg-test");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		if (this.root) {
			run(List.of("chown", "postgres", this.dir.toString()));
		}
		run(asPostgres(List.of(this.bin.resolve("initdb").toString(), "-D", this.dir.resolve("data").toString(), "-A",
				"trust", "-U", "postgres", "-E", "UTF8", "--locale=C")));
		// -l: the server logs to a file, so it does not hold on to this process's output
		// pipe.
		run(asPostgres(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dir.resolve("data").toString(), "-l",
				this.dir.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -k " + this.dir + " -c listen_addresses=127.0.0.1", "-w", "-t", "60", "start")));
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run(asPostgres(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.dir.resolve("data").toString(), "-m",
				"fast", "-w", "stop")));
	}

	private List<String> asPostgres(List<String> command) {
		if (!this.root) {
			return command;
		}
		List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		full.addAll(command);
		return full;
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		Path out = Files.createTempFile("pg-cmd", ".log");
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		boolean finished = p.waitFor(120, TimeUnit.SECONDS);
		if (!finished || p.exitValue() != 0) {
			p.destroyForcibly();
			throw new IllegalStateException(
					String.join(" ", command) + " failed:\n" + Files.readString(out, StandardCharsets.UTF_8));
		}
		Files.deleteIfExists(out);
	}

	private static Path findBin() throws IOException {
		Path lib = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(lib)) {
			try (Stream<Path> versions = Files.list(lib)) {
				var found = versions.map((v) -> v.resolve("bin"))
					.filter((b) -> Files.isExecutable(b.resolve("initdb")))
					.sorted()
					.reduce((a, b) -> b);
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
				+ "install the Debian package 'postgresql' (.ci/run does)");
	}

}
