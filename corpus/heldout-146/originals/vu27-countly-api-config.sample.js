/**
* Module for user provided API configurations
* @module api/config
*/

/**
 * @typedef {import('../types/config').CountlyAPIConfig} CountlyAPIConfig
 */

/** @type {CountlyAPIConfig} */
var countlyConfig = {

    /**
     * Database connection and adapter configuration
     * @type {object}
     * @property {boolean} [failOnConnectionError=true] - whether to kill process if non-MongoDB database adapters fail connection on startup (MongoDB fallback behavior unchanged)
     * @property {boolean} [debug=false] - enables db_override toggle and related debugging features in UI and backend for drill
     * @property {array} [adapterPreference=['mongodb', 'clickhouse']] - Adapter preference order for QueryRunner (first match wins)
     * @property {object} adapters - Adapter availability settings for QueryRunner
     * @property {object} adapters.mongodb - MongoDB adapter settings
     * @property {boolean} [adapters.mongodb.enabled=true] - Enable MongoDB adapter
     * @property {object} adapters.clickhouse - ClickHouse adapter settings
     * @property {boolean} [adapters.clickhouse.enabled=true] - Enable ClickHouse adapter
     * @property {object} comparisonLogs - Configuration for QueryRunner comparison logging (DEVELOPMENT ONLY - disable in production)
     * @property {string} [comparisonLogs.mode='disabled'] - Comparison logs mode: 'disabled' (no logging), 'files' (write to comparison_logs directory), 'logs' (write to application logs), or 'both'. WARNING: Should be disabled in production environments for performance reasons.
     */
    database: {
        failOnConnectionError: true,
        debug: false,
        adapterPreference: ['mongodb'],
        adapters: {
            mongodb: {
                enabled: true
            },
            clickhouse: {
                enabled: false
            }
        },
        comparisonLogs: {
            mode: 'disabled' // Options: 'disabled', 'files', 'logs', 'both' - WARNING: DEVELOPMENT ONLY, use 'disabled' in production
        }
    },

    /**
    * MongoDB connection definition and options
    * @type {object} 
    * @property {string} [host=localhost] - host where to connect to mongodb, default localhost
    * @property {array=} replSetServers - array with multiple hosts, if you are connecting to replica set, provide this instead of host
    * @property {string=} replicaName - replica name, must provide for replica set connection to work
    * @property {string} [db=countly] - countly database name, default countly
    * @property {number} [port=27017] - port to use for mongodb connection, default 27017
    * @property {number} [max_pool_size=500] - how large pool size connection per process to create, default 500 per process, not recommended to be more than 1000 per server
    * @property {string=} username - username for authenticating user, if mongodb supports authentication
    * @property {string=} password - password for authenticating user, if mongodb supports authentication
    * @property {object=} dbOptions - provide raw driver database options
    * @property {object=} serverOptions - provide raw driver server options, used for all, single, mongos and replica set servers
    */
    mongodb: {
        host: "localhost",
        db: "countly",
        port: 27017,
        max_pool_size: 500,
        replicaName: "rs0",
        serverOptions: {
            directConnection: true
        }
        //username: test,
        //password: test,
        //mongos: false,
        /*
        dbOptions:{
            //db options
        }
        */
    },
    /* [abridged for this set: commented-out replica-set and URL examples, the rest of the clickhouse block after
       'database', and the kafka and later blocks cut; 25,059 chars upstream, first 16,000 read] */
    clickhouse: {
        url: "http://localhost:8123",
        username: "default",
        password: "",
        database: "countly_drill",
    /* [abridged] */
