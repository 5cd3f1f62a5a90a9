package dev.readiness.archunit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.readiness.gates.internal.TenantKeys;
import dev.readiness.gates.tenant.CrossTenant;
import dev.readiness.gates.tenant.JpaAnnotations;
import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.settings.RelaxedNames;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import dev.readiness.gates.tenant.JpaAnnotations;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ArchUnit rules that keep tenant scoping in place, for users' own tests:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme")
 * class TenancyTests {
 *     @ArchTest
 *     static final ArchRule entities = TenantRules.entitiesDeclareTenantKey("organizationId");
 *     @ArchTest
 *     static final ArchRule repositories = TenantRules.repositoryQueriesTakeTenantKey("organizationId");
 * }
 * }</pre>
 *
 * JPA, Hibernate and Spring Data types are recognised by name, so these rules need neither on the class path.
 * Deliberate exceptions carry {@link CrossTenant} (or an annotation of the user's own, see
 * {@link Rules#deliberateAnnotation(String)}). Immutable and thread-safe.
 */
public final class TenantRules {

    private static final String REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String QUERY = "org.springframework.data.jpa.repository.Query";
    private static final String PARAM = "org.springframework.data.repository.query.Param";
    private static final Set<String> DELETES_GIVEN_ENTITIES = Set.of("delete", "deleteAll", "deleteInBatch",
            "deleteAllInBatch");
    private static final int EMBEDDING_DEPTH = 4;

    private TenantRules() {
    }

    /**
     * Every JPA entity ({@code @Entity}) declares one of the tenant keys: a field of that name, directly, in a
     * superclass (e.g. a {@code @MappedSuperclass}) or inside an embedded value; or a field annotated with
     * Hibernate's {@code @TenantId}; or it is annotated {@link CrossTenant}; or it is the tenant itself
     * ({@code Organization} for {@code organizationId}, see {@link TenantKeys#isTenantType(String, String)}). Fails when it selects no entity, since
     * that usually means the wrong packages were imported.
     *
     * @param keys the tenant key names, e.g. {@code organizationId} (relaxed: {@code organization_id} matches)
     * @return the rule
     */
    public static ArchRule entitiesDeclareTenantKey(String... keys) {
        return withKeys(keys).entitiesDeclareTenantKey();
    }

    /**
     * Every abstract method of a Spring Data repository ({@code org.springframework.data.repository.Repository}
     * and its subinterfaces, inherited methods included) whose domain type is tenant-scoped takes the tenant key;
     * see {@link Rules#repositoryQueriesTakeTenantKey()}.
     *
     * @param keys the tenant key names, e.g. {@code organizationId}
     * @return the rule
     */
    public static ArchRule repositoryQueriesTakeTenantKey(String... keys) {
        return withKeys(keys).repositoryQueriesTakeTenantKey();
    }

    /**
     * Rules for the given tenant keys, to adjust before building them.
     *
     * @param keys the tenant key names
     * @return the rules
     * @throws IllegalArgumentException when no key or a blank key is given
     */
    public static Rules withKeys(String... keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.length == 0) {
            throw new IllegalArgumentException("keys must name at least one tenant key, such as organizationId");
        }
        for (String key : keys) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("keys must not be blank, but were " + java.util.Arrays.toString(keys));
            }
        }
        return new Rules(List.of(keys), Set.of(CrossTenant.class.getName()));
    }

    /**
     * Tenant rules for a set of keys and deliberate-exception annotations. Immutable and thread-safe.
     */
    public static final class Rules {

        private final List<String> keys;
        private final Set<String> deliberate;

        private Rules(List<String> keys, Set<String> deliberate) {
            this.keys = keys;
            this.deliberate = deliberate;
        }

        /**
         * Also accepts an annotation of the user's own as marking a deliberate cross-tenant type or method.
         *
         * @param annotationName the annotation's qualified name
         * @return new rules
         */
        public Rules deliberateAnnotation(String annotationName) {
            Objects.requireNonNull(annotationName, "annotationName");
            Set<String> names = new LinkedHashSet<>(deliberate);
            names.add(annotationName);
            return new Rules(keys, Set.copyOf(names));
        }

        /**
         * Also accepts an annotation of the user's own as marking a deliberate cross-tenant type or method.
         *
         * @param annotation the annotation type
         * @return new rules
         */
        public Rules deliberateAnnotation(Class<? extends Annotation> annotation) {
            return deliberateAnnotation(annotation.getName());
        }

        /**
         * See {@link TenantRules#entitiesDeclareTenantKey(String...)}.
         *
         * @return the rule
         */
        public ArchRule entitiesDeclareTenantKey() {
            return ArchRuleDefinition.classes().that(entities())
                    .should(new ArchCondition<JavaClass>("declare a tenant key " + keys
                            + " (directly, inherited or embedded), a @TenantId field, or be annotated "
                            + annotationList()) {
                        @Override
                        public void check(JavaClass entity, ConditionEvents events) {
                            boolean ok = isDeliberate(entity) || tenantKey(entity).isPresent()
                                    || keys.stream().anyMatch(key -> TenantKeys.isTenantType(key, entity.getSimpleName()));
                            events.add(new SimpleConditionEvent(entity, ok, entity.getName()
                                    + " is an entity without a tenant key " + keys + ": add " + keys.get(0)
                                    + " (directly, in a @MappedSuperclass or an @Embeddable it embeds) or a"
                                    + " @TenantId field, or annotate it " + annotationList()
                                    + " if it is shared across tenants on purpose"));
                        }
                    });
        }

        /**
         * Every abstract method of a Spring Data repository interface (inherited ones included, e.g.
         * {@code findAll()} and {@code findById(ID)} from {@code CrudRepository}) whose domain type declares a
         * tenant key field must take that key: its name names the key (a derived query such as
         * {@code findByOrganizationIdAndId}, or {@code findByTenant_OrganizationId}), a parameter is annotated
         * {@code @Param} with the key's name, or its {@code @Query} mentions the key. Methods that save or delete
         * given entities pass (the entity carries its key), as do methods annotated with a deliberate annotation
         * ({@link CrossTenant} by default; redeclare an inherited method to annotate it). Repositories of entities
         * scoped by Hibernate's {@code @TenantId} pass, because Hibernate adds the tenant to every query itself.
         * Does not fail when there are no repositories.
         *
         * @return the rule
         */
        public ArchRule repositoryQueriesTakeTenantKey() {
            return ArchRuleDefinition.classes().that(repositories())
                    .should(new ArchCondition<JavaClass>("take a tenant key " + keys
                            + " in every query method on a tenant-scoped entity, or annotate it "
                            + annotationList()) {
                        @Override
                        public void check(JavaClass repository, ConditionEvents events) {
                            checkRepository(repository, events);
                        }
                    })
                    .allowEmptyShould(true);
        }

        private void checkRepository(JavaClass repository, ConditionEvents events) {
            Optional<JavaClass> domainType = domainType(repository);
            if (domainType.isEmpty() || isDeliberate(domainType.get())) {
                events.add(SimpleConditionEvent.satisfied(repository, repository.getName()
                        + " has no tenant-scoped domain type"));
                return;
            }
            JavaClass entity = domainType.get();
            Optional<Key> key = tenantKey(entity);
            if (key.isEmpty() || key.get().hibernateTenantId()) {
                events.add(SimpleConditionEvent.satisfied(repository, repository.getName()
                        + " serves " + entity.getName() + ", which has no tenant key field to pass"));
                return;
            }
            for (JavaMethod method : queryMethods(repository)) {
                boolean ok = isDeliberate(method) || takesKey(method, key.get());
                String where = method.getOwner().equals(repository) ? ""
                        : " (inherited from " + method.getOwner().getName() + ")";
                events.add(new SimpleConditionEvent(method, ok, repository.getName() + "." + signature(method) + where
                        + " reads tenant-scoped entity " + entity.getName() + " without its tenant key "
                        + key.get().path() + ": take it as a parameter (e.g. findBy" + capitalize(key.get().path())
                        + "AndId, or @Param(\"" + key.get().name() + "\") in a @Query), or annotate the method "
                        + annotationList() + " if crossing tenants is deliberate (redeclare an inherited method to"
                        + " annotate it)"));
            }
        }

        private boolean takesKey(JavaMethod method, Key key) {
            String name = method.getName();
            if (name.startsWith("save") || name.equals("flush")
                    || DELETES_GIVEN_ENTITIES.contains(name) && !method.getParameters().isEmpty()) {
                return true;
            }
            String canonicalName = RelaxedNames.canonical(name);
            if (canonicalName.contains(RelaxedNames.canonical(key.name()))
                    || canonicalName.contains(RelaxedNames.canonical(key.path()))) {
                return true;
            }
            for (JavaParameter parameter : method.getParameters()) {
                Optional<String> param = annotationValue(parameter.getAnnotations(), PARAM);
                if (param.isPresent() && mentions(param.get(), key)) {
                    return true;
                }
            }
            Optional<String> query = annotationValue(method.getAnnotations(), QUERY);
            return query.isPresent() && mentions(query.get(), key);
        }

        private static boolean mentions(String text, Key key) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.contains(key.name().toLowerCase(Locale.ROOT))
                    || lower.contains(key.path().toLowerCase(Locale.ROOT));
        }

        private static Optional<String> annotationValue(Set<? extends JavaAnnotation<?>> annotations, String type) {
            for (JavaAnnotation<?> annotation : annotations) {
                if (annotation.getRawType().getName().equals(type)) {
                    Optional<Object> value = annotation.get("value");
                    if (value.isPresent() && value.get() instanceof String text) {
                        return Optional.of(text);
                    }
                }
            }
            return Optional.empty();
        }

        private static List<JavaMethod> queryMethods(JavaClass repository) {
            Map<String, JavaMethod> bySignature = new LinkedHashMap<>();
            for (JavaMethod method : repository.getMethods()) {
                if (isQueryMethod(method)) {
                    bySignature.putIfAbsent(method.getName() + "/" + method.getParameters().size(), method);
                }
            }
            for (JavaMethod method : repository.getAllMethods()) {
                if (isQueryMethod(method) && !method.getOwner().getName().equals("java.lang.Object")) {
                    bySignature.putIfAbsent(method.getName() + "/" + method.getParameters().size(), method);
                }
            }
            return new ArrayList<>(bySignature.values());
        }

        private static boolean isQueryMethod(JavaMethod method) {
            Set<JavaModifier> modifiers = method.getModifiers();
            return modifiers.contains(JavaModifier.ABSTRACT) && !modifiers.contains(JavaModifier.STATIC)
                    && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
        }

        private boolean isDeliberate(JavaClass type) {
            return deliberate.stream().anyMatch(type::isAnnotatedWith);
        }

        private boolean isDeliberate(JavaMethod method) {
            return deliberate.stream().anyMatch(method::isAnnotatedWith);
        }

        private String annotationList() {
            return deliberate.stream().sorted().map(name -> "@" + name.substring(name.lastIndexOf('.') + 1))
                    .collect(Collectors.joining(" or "));
        }

        private Optional<Key> tenantKey(JavaClass entity) {
            return tenantKey(entity, "", 0);
        }

        private Optional<Key> tenantKey(JavaClass type, String prefix, int depth) {
            Optional<Key> found = Optional.empty();
            for (JavaClass current = type; current != null; current = current.getRawSuperclass().orElse(null)) {
                if (current.getName().equals("java.lang.Object")) {
                    break;
                }
                for (JavaField field : current.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.STATIC)
                            || field.getModifiers().contains(JavaModifier.TRANSIENT)
                            || JpaAnnotations.TRANSIENT.stream().anyMatch(field::isAnnotatedWith)) {
                        continue;
                    }
                    String path = prefix + field.getName();
                    if (field.isAnnotatedWith(PersistentAttribute.HIBERNATE_TENANT_ID)) {
                        return Optional.of(new Key(field.getName(), path, true));
                    }
                    if (found.isEmpty()) {
                        boolean association = JpaAnnotations.TO_ONE.stream().anyMatch(field::isAnnotatedWith);
                        for (String key : keys) {
                            if (TenantKeys.matches(key, path, association)) {
                                found = Optional.of(new Key(field.getName(), path, false));
                            }
                        }
                        JavaClass fieldType = field.getRawType();
                        if (found.isEmpty() && depth < EMBEDDING_DEPTH
                                && (JpaAnnotations.EMBEDDED.stream().anyMatch(field::isAnnotatedWith)
                                        || JpaAnnotations.EMBEDDABLE.stream().anyMatch(fieldType::isAnnotatedWith))) {
                            found = tenantKey(fieldType, path + ".", depth + 1);
                        }
                    }
                }
            }
            return found;
        }

        private static DescribedPredicate<JavaClass> entities() {
            return DescribedPredicate.describe("are JPA entities",
                    type -> JpaAnnotations.ENTITY.stream().anyMatch(type::isAnnotatedWith));
        }

        private static DescribedPredicate<JavaClass> repositories() {
            return DescribedPredicate.describe("are Spring Data repositories",
                    type -> type.isInterface() && !type.getName().equals(REPOSITORY)
                            && !type.getPackageName().startsWith("org.springframework.")
                            && type.isAssignableTo(REPOSITORY));
        }

        private static Optional<JavaClass> domainType(JavaClass repository) {
            for (JavaType candidate : repository.getInterfaces()) {
                if (candidate instanceof JavaParameterizedType parameterized
                        && parameterized.toErasure().isAssignableTo(REPOSITORY)
                        && !parameterized.getActualTypeArguments().isEmpty()
                        && parameterized.getActualTypeArguments().get(0) instanceof JavaClass domain) {
                    return Optional.of(domain);
                }
            }
            for (JavaClass parent : repository.getRawInterfaces()) {
                if (!parent.getName().startsWith("org.springframework.")) {
                    Optional<JavaClass> inherited = domainType(parent);
                    if (inherited.isPresent()) {
                        return inherited;
                    }
                }
            }
            return Optional.empty();
        }

        private static String signature(JavaMethod method) {
            return method.getName() + method.getRawParameterTypes().stream().map(JavaClass::getSimpleName)
                    .collect(Collectors.joining(", ", "(", ")"));
        }

        private static String capitalize(String path) {
            StringBuilder joined = new StringBuilder();
            for (String segment : path.split("\\.")) {
                if (!segment.isEmpty()) {
                    joined.append(joined.length() == 0 ? "" : "_").append(Character.toUpperCase(segment.charAt(0)))
                            .append(segment, 1, segment.length());
                }
            }
            return joined.toString();
        }
    }

    /** The tenant key an entity declares: its field name, path from the entity, and whether it is a @TenantId. */
    private record Key(String name, String path, boolean hibernateTenantId) {
    }
}
