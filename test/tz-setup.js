// Jest runs each file in a worker that inherits this; the rules must not depend on it,
// but the holiday library reads local dates, so tests run as the users do: in Tokyo.
module.exports = async () => {
  process.env.TZ = "Asia/Tokyo";
};
