public enum Reports {}
