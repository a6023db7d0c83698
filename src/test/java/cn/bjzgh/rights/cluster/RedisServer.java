package cn.bjzgh.rights.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * A throw-away Redis for tests: Debian's {@code redis-server} (installed by
 * {@code .ci/run}) on a free loopback port, without persistence. It can be stopped and
 * started again on the same port, as an operator's Redis goes away and comes back.
 */
public final class RedisServer implements AutoCloseable {

	public final int port;

	private final Path dir;

	private Process process;

	public RedisServer() throws IOException, InterruptedException {
		this.dir = Files.createTempDirectory("redis-test");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		start();
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port + "/0";
	}

	/** Starts the server (again) and waits until it accepts connections. */
	public synchronized void start() throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		this.process = new ProcessBuilder(List.of(binary(), "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--protected-mode", "no", "--dir", this.dir.toString()))
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("server.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException notYet) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("redis-server exited: "
							+ Files.readString(this.dir.resolve("server.log"), StandardCharsets.UTF_8));
				}
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("redis-server did not start on port " + this.port);
	}

	/** Stops the server at once, as a crash would. */
	public synchronized void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Runs {@code action} on a connection of its own, e.g. to look at keys. */
	public <T> T with(Function<RedisCommands<String, String>, T> action) {
		RedisClient client = RedisClient.create(RedisURI.create(url()));
		try (StatefulRedisConnection<String, String> c = client.connect()) {
			c.setTimeout(Duration.ofSeconds(5));
			return action.apply(c.sync());
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private static String binary() {
		for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"redis-server not found: install the Debian package 'redis-server' " + "(.ci/run does)");
	}

}
