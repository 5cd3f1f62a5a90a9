package dev.readiness.gates.tenant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One persistent (entity) type of the application, with everything the {@code tenant} gate judges: its
 * attributes flattened across mapped superclasses, entity superclasses and embeddables, its annotations and its
 * supertypes. Immutable and thread-safe; build one with {@link #builder(String)}.
 */
public final class PersistentType {

    private final String name;
    private final List<PersistentAttribute> attributes;
    private final Set<String> annotations;
    private final List<String> supertypes;

    private PersistentType(Builder builder) {
        this.name = builder.name;
        this.attributes = List.copyOf(builder.attributes);
        this.annotations = Set.copyOf(builder.annotations);
        this.supertypes = List.copyOf(builder.supertypes);
    }

    /**
     * Starts a type.
     *
     * @param name the qualified class name, e.g. {@code com.acme.billing.Invoice}
     * @return a builder; mutable and not thread-safe
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The qualified name.
     *
     * @return the name, e.g. {@code com.acme.billing.Invoice}
     */
    public String name() {
        return name;
    }

    /**
     * The simple name: the qualified name after its last {@code .} or {@code $}.
     *
     * @return the simple name, e.g. {@code Invoice}
     */
    public String simpleName() {
        return simpleName(name);
    }

    /**
     * Every persistent attribute, including inherited and embedded ones.
     *
     * @return the attributes
     */
    public List<PersistentAttribute> attributes() {
        return attributes;
    }

    /**
     * The qualified names of the annotations on the type.
     *
     * @return the annotation names
     */
    public Set<String> annotations() {
        return annotations;
    }

    /**
     * The qualified names of its persistent supertypes (mapped superclasses and entity superclasses), nearest
     * first.
     *
     * @return the supertypes
     */
    public List<String> supertypes() {
        return supertypes;
    }

    /**
     * Whether the type carries an annotation.
     *
     * @param annotationName the annotation's qualified name
     * @return {@code true} when present
     */
    public boolean hasAnnotation(String annotationName) {
        return annotations.contains(annotationName);
    }

    static String simpleName(String qualifiedName) {
        int cut = Math.max(qualifiedName.lastIndexOf('.'), qualifiedName.lastIndexOf('$'));
        return qualifiedName.substring(cut + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersistentType that && name.equals(that.name) && attributes.equals(that.attributes)
                && annotations.equals(that.annotations) && supertypes.equals(that.supertypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, attributes, annotations, supertypes);
    }

    @Override
    public String toString() {
        return "PersistentType[" + name + ", attributes=" + attributes.stream().map(PersistentAttribute::path).toList()
                + "]";
    }

    /**
     * Builds a {@link PersistentType}; mutable and not thread-safe.
     */
    public static final class Builder {

        private final String name;
        private final List<PersistentAttribute> attributes = new ArrayList<>();
        private final Set<String> annotations = new LinkedHashSet<>();
        private final List<String> supertypes = new ArrayList<>();

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must be a qualified class name, but was '" + name + "'");
            }
            this.name = name;
        }

        /**
         * Adds an attribute.
         *
         * @param attribute the attribute
         * @return this builder
         */
        public Builder attribute(PersistentAttribute attribute) {
            attributes.add(Objects.requireNonNull(attribute, "attribute"));
            return this;
        }

        /**
         * Adds a plain attribute declared by this type itself.
         *
         * @param path the attribute's path
         * @return this builder
         */
        public Builder attribute(String path) {
            return attribute(PersistentAttribute.of(path, name));
        }

        /**
         * Adds an annotation.
         *
         * @param annotationName the annotation's qualified name
         * @return this builder
         */
        public Builder annotation(String annotationName) {
            annotations.add(Objects.requireNonNull(annotationName, "annotationName"));
            return this;
        }

        /**
         * Adds a persistent supertype (mapped superclass or entity superclass), nearest first.
         *
         * @param supertypeName the supertype's qualified name
         * @return this builder
         */
        public Builder supertype(String supertypeName) {
            supertypes.add(Objects.requireNonNull(supertypeName, "supertypeName"));
            return this;
        }

        /**
         * Builds the type.
         *
         * @return the type
         */
        public PersistentType build() {
            return new PersistentType(this);
        }
    }
}
