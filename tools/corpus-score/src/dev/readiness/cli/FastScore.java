package dev.readiness.cli;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/** Runs the CLI in-process on every file named by each DIR's labels.tsv; writes OUT/<set>/<file>.json (+ .rc). */
public final class FastScore {
    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        int threads = Integer.parseInt(System.getProperty("threads", "2"));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
        List<Future<?>> jobs = new ArrayList<>();
        List<String[]> tasks = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            Path dir = Path.of(a[i]);
            Set<String> files = new LinkedHashSet<>();
            List<String> lines = Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String f = line.split("\t", -1)[0];
                if (!f.isEmpty()) files.add(f);
            }
            Path setOut = out.resolve(dir.getFileName().toString());
            Files.createDirectories(setOut);
            for (String f : files) tasks.add(new String[] {dir.resolve(f).toString(), setOut.resolve(f.replace("/", "__") + ".json").toString()});
        }
        for (String[] t : tasks) {
            jobs.add(pool.submit(() -> { run(t[0], Path.of(t[1])); return null; }));
        }
        for (int i = 0; i < jobs.size(); i++) {
            try { jobs.get(i).get(120, TimeUnit.SECONDS); }
            catch (TimeoutException e) { Files.writeString(Path.of(tasks.get(i)[1] + ".rc"), "timeout"); }
        }
        System.exit(0);
    }

    static void run(String file, Path dest) throws IOException {
        String opt = file.endsWith(".env") ? "--env-file" : "--properties";
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int rc;
        try (PrintStream po = new PrintStream(o, false, StandardCharsets.UTF_8); PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            rc = Cli.execute(new String[] {"check", opt, file, "--stage", "production", "--format", "json"}, po, pe, Map.of());
        }
        Files.write(dest, o.toByteArray());
        Files.writeString(Path.of(dest + ".rc"), rc + "\t" + e.toString(StandardCharsets.UTF_8).replace('\n', ' '));
    }
}
