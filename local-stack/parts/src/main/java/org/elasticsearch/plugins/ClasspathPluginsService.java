package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plugins taken from classes already on the classpath instead of plugin folders on disk.
 *
 * <p>Lives in {@code org.elasticsearch.plugins} because {@link PluginsLoader}'s constructor, {@link LoadedPlugin} and
 * the extension helpers are package-private. Reaches internal API: the server version is pinned exactly in the root pom.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        Settings settings = environment.settings();
        List<LoadedPlugin> loaded = pluginClasses.stream()
            .map(type -> new LoadedPlugin(describe(type), loadPlugin(type, settings, environment.configDir()), type.getClassLoader()))
            .toList();
        loadExtensions(loaded);
        this.classpathPlugins = loaded;
    }

    private static PluginDescriptor describe(Class<? extends Plugin> type) {
        return new PluginDescriptor(
            type.getName(),
            "classpath plugin",
            "NA",
            Build.current().version(),
            Integer.toString(Runtime.version().feature()),
            type.getName(),
            null,
            List.of(),
            false,
            false,
            false,
            false,
            PluginDescriptor.DeploymentTarget.ALL
        );
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(), List.of());
    }

    /**
     * All classpath plugins share one class loader, so the stock lookup would find every service provider once per
     * plugin (duplicate feature specifications fail the node). Keep one instance per provider class, created with the
     * first plugin whose type its constructor accepts.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> byClass = new LinkedHashMap<>();
        for (LoadedPlugin loaded : classpathPlugins) {
            Plugin plugin = loaded.instance();
            var classes = SPIClassIterator.get(service, plugin.getClass().getClassLoader());
            while (classes.hasNext()) {
                Class<? extends T> type = classes.next();
                if (byClass.containsKey(type) || acceptsOtherPlugin(type, plugin)) {
                    continue;
                }
                byClass.put(type, createExtension(type, service, plugin));
            }
        }
        return List.copyOf(byClass.values());
    }

    private static boolean acceptsOtherPlugin(Class<?> type, Plugin plugin) {
        for (var constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] != plugin.getClass()) {
                return true;
            }
        }
        return false;
    }
}
