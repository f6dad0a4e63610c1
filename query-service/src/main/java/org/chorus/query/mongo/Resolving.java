package org.chorus.query.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * A {@link MongoDatabase} (and the collections it hands out) that finds its target on every call, so that readers
 * and projections built once follow the active database when it is switched, without a restart. A collection's
 * cursors and iterables belong to the database that was active when they were opened.
 */
final class Resolving implements InvocationHandler {
    private final Class<?> type;
    private final Supplier<?> target;

    private Resolving(Class<?> type, Supplier<?> target) {
        this.type = type;
        this.target = target;
    }

    static MongoDatabase database(Supplier<MongoDatabase> target) {
        return proxy(MongoDatabase.class, target);
    }

    private static <T> T proxy(Class<T> type, Supplier<?> target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new Resolving(type, target)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "resolving " + type.getSimpleName();
            };
        }
        if (type == MongoDatabase.class && method.getName().equals("getCollection")) {
            return proxy(MongoCollection.class, () -> call(method, target.get(), args));
        }
        try {
            return method.invoke(target.get(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object call(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
