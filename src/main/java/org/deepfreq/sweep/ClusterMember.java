package org.deepfreq.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * This process's member of a Hazelcast cluster: an embedded single member for a sweep on one machine, or a member of
 * a named cluster (TCP/IP join with an explicit list, multicast and auto-detection off, bound to one address, cluster
 * name from the shared secret). Members outside the list are ignored, and a member that is not on every other
 * member's list leaves at once. Java deserialisation accepts only this package's task and message classes.
 */
public final class ClusterMember implements AutoCloseable {

    /** The executor that runs cells; its pool size is the member's slot count. */
    static final String EXECUTOR = "deepfreq-cells";
    static final String SLOTS_ATTRIBUTE = "deepfreq.slots";
    static final String MEMBERS_ATTRIBUTE = "deepfreq.members";
    private static final int EMBEDDED_FIRST_PORT = 5701;

    static {
        // read once when Hazelcast starts logging, before any config exists: route it through slf4j (quiet by default)
        System.setProperty("hazelcast.logging.type", "slf4j");
    }

    private final HazelcastInstance hz;
    /** The trusted member addresses, or null for an embedded member (alone by construction). */
    private final Set<String> allowed;
    private final Set<UUID> reported = ConcurrentHashMap.newKeySet();
    private final PrintStream log;

    private ClusterMember(HazelcastInstance hz, Set<String> allowed, PrintStream log) {
        this.hz = hz;
        this.allowed = allowed;
        this.log = log;
    }

    /** A single member on loopback with a random cluster name and no join: a sweep on this machine. */
    public static ClusterMember embedded(int slots, WorkerContext context, PrintStream log) {
        Config config = baseConfig("deepfreq-local-" + UUID.randomUUID(), slots, context);
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(EMBEDDED_FIRST_PORT).setPortAutoIncrement(true).setPortCount(200);
        net.getInterfaces().setEnabled(true).addInterface(ClusterSpec.LOOPBACK);
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(false);
        return new ClusterMember(Hazelcast.newHazelcastInstance(config), null, log);
    }

    /**
     * Joins the named cluster. {@code slots} 0 makes a lite member that submits but trains nothing (a submitter);
     * a worker passes its slot count and a context for the cells it trains.
     */
    public static ClusterMember join(ClusterSpec spec, int slots, WorkerContext context, PrintStream log) {
        int port = spec.port() != null ? spec.port() : firstFreeListedPort(spec);
        Config config = baseConfig(spec.secret().clusterName(), slots, context);
        config.setLiteMember(slots == 0);
        config.getMemberAttributeConfig().setAttribute(MEMBERS_ATTRIBUTE, String.join(",", spec.members()));
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(false);
        if (!"0.0.0.0".equals(spec.bind())) {
            net.getInterfaces().setEnabled(true).addInterface(ip(spec.bind()));
            config.setProperty("hazelcast.socket.bind.any", "false");
        }
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2).setMembers(spec.members());
        HazelcastInstance hz;
        try {
            hz = Hazelcast.newHazelcastInstance(config);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot start a cluster member on " + spec.bind() + ":" + port + " ("
                    + e.getMessage() + "): is the port in use or the address not on this machine?", e);
        }
        ClusterMember member = new ClusterMember(hz, Set.copyOf(spec.members()), log);
        member.admitOrLeave();
        return member;
    }

    private static Config baseConfig(String clusterName, int slots, WorkerContext context) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "10");
        config.getJetConfig().setEnabled(false);
        config.getExecutorConfig(EXECUTOR).setPoolSize(Math.max(1, slots)).setStatisticsEnabled(false);
        config.getMemberAttributeConfig().setAttribute(SLOTS_ATTRIBUTE, Integer.toString(slots));
        if (context != null) {
            config.getUserContext().put(WorkerContext.KEY, context);
        }
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig().setDefaultsDisabled(true);
        filter.getWhitelist().addClasses(WireClasses.NAMES.toArray(String[]::new));
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        return config;
    }

    /**
     * Leaves at once (with the reason as the error) when this member's address is not on its own list or on the
     * list of another member; otherwise reports the members and watches for new ones.
     */
    private void admitOrLeave() {
        String me = address();
        String refusal = null;
        if (!allowed.contains(me)) {
            refusal = "this member's address " + me + " is not in --cluster " + String.join(",", allowed)
                    + ": list every member (workers and submitters) as HOST:PORT on every member";
        }
        for (Member m : hz.getCluster().getMembers()) {
            String theirs = m.getAttribute(MEMBERS_ATTRIBUTE);
            if (refusal == null && !m.localMember() && theirs != null && !Arrays.asList(theirs.split(",")).contains(me)) {
                refusal = "member " + address(m) + " does not list this member (" + me + ") in its --cluster: "
                        + "give every member the same list";
            }
        }
        if (refusal != null) {
            hz.shutdown();
            throw new IllegalArgumentException(refusal);
        }
        hz.getCluster().getMembers().stream().filter(m -> !m.localMember()).forEach(this::report);
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                report(event.getMember());
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                log.println("cluster: member " + address(event.getMember()) + " left");
            }
        });
    }

    private void report(Member m) {
        if (!reported.add(m.getUuid())) {
            return;
        }
        if (trusted(m)) {
            log.println("cluster: member " + address(m) + (m.isLiteMember() ? " (submitter)" : " (worker, "
                    + slots(m) + " slot(s))") + " is in the cluster");
        } else {
            log.println("cluster: ignoring member " + address(m) + ": not in --cluster");
        }
    }

    public HazelcastInstance hazelcast() {
        return hz;
    }

    /** This member's {@code HOST:PORT}. */
    public String address() {
        return address(hz.getCluster().getLocalMember());
    }

    public static String address(Member m) {
        return m.getAddress().getHost() + ":" + m.getAddress().getPort();
    }

    /** Whether this process may exchange cells with {@code m}: it is on the list (always, for an embedded member). */
    public boolean trusted(Member m) {
        return m.localMember() || allowed == null || allowed.contains(address(m));
    }

    /** Cells the member trains at once (0 for a submitter). */
    public static int slots(Member m) {
        String s = m.getAttribute(SLOTS_ATTRIBUTE);
        return s == null || m.isLiteMember() ? 0 : Integer.parseInt(s);
    }

    /** The trusted members that train cells, by address. */
    public List<Member> workers() {
        return hz.getCluster().getMembers().stream().filter(m -> trusted(m) && slots(m) > 0)
                .sorted(Comparator.comparing(ClusterMember::address)).toList();
    }

    /** Blocks until this member has shut down (stopped, or refused by the cluster). */
    public void awaitShutdown() throws InterruptedException {
        java.util.concurrent.CountDownLatch down = new java.util.concurrent.CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == com.hazelcast.core.LifecycleEvent.LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        while (hz.getLifecycleService().isRunning() && !down.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            // a member that shut down before the listener was added is seen by isRunning
        }
    }

    @Override
    public void close() {
        if (hz.getLifecycleService().isRunning()) {
            hz.shutdown();
        }
    }

    private static String ip(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (IOException e) {
            throw new IllegalArgumentException("--bind " + host + ": unknown address", e);
        }
    }

    /** The first port of the list on the bind address that nothing listens on yet. */
    private static int firstFreeListedPort(ClusterSpec spec) {
        List<Integer> ports = spec.listedPortsOnBindAddress();
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("no member of --cluster is on this machine's address " + spec.bind()
                    + ": add this member as " + spec.bind() + ":PORT to the list (on every member) or give --port and "
                    + "--bind");
        }
        for (int p : ports) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(ip(spec.bind()), p));
                return p;
            } catch (IOException inUse) {
                // taken: try the next listed port
            }
        }
        throw new IllegalArgumentException("every listed port on " + spec.bind() + " (" + ports + ") is in use: add "
                + "another HOST:PORT for this member to --cluster on every member, or give --port");
    }
}
